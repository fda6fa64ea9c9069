package org.portcheck.document;

/** The formats the service takes, recognised by their first bytes only (never by name or declared type). */
enum FileType {
    PDF, PNG, JPEG, TIFF;

    /** PDF writers and mail gateways sometimes put a little junk before the header; readers accept it within 1 KiB. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LE_MAGIC = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE_MAGIC = {'M', 'M', 0, 42};

    /** The type of {@code bytes}, or null when it is none of the accepted formats. */
    static FileType sniff(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(bytes, 0, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, TIFF_LE_MAGIC) || startsWith(bytes, 0, TIFF_BE_MAGIC)) {
            return TIFF;
        }
        int window = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
        for (int at = 0; at <= window; at++) {
            if (startsWith(bytes, at, PDF_MAGIC)) {
                return PDF;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        if (bytes.length - offset < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
