package org.portcheck.document;

import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * PNG, JPEG and TIFF (multi-page, fax) through ImageIO. Every frame's size is read from its header and checked
 * before any pixels are decoded: that is the defence against decompression bombs.
 */
final class ImageFileReader {

    private static final double MM_PER_INCH = 25.4;
    /** Resolutions outside this range in a file's metadata are placeholders, not facts. */
    private static final double MIN_PLAUSIBLE_DPI = 50;
    private static final double MAX_PLAUSIBLE_DPI = 2400;

    private final DocumentConfig config;

    /** A frame decoded, turned per EXIF, squared and scaled for OCR, with the resolution it now has. */
    record Frame(int number, BufferedImage grey, int dpi, double upscaled) {
    }

    interface FrameSink {
        void accept(Frame frame);
    }

    /** Header facts of one frame, known before decoding. */
    private record Header(int width, int height, double xDpi, double yDpi) {
    }

    ImageFileReader(DocumentConfig config) {
        this.config = config;
    }

    /** Decodes the frames of an image file one by one into {@code sink}, in order. */
    void read(byte[] bytes, FileType type, FrameSink sink) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(in, type);
            try {
                reader.setInput(in, false, false);
                List<Header> headers = headers(reader, type);
                int orientation = type == FileType.JPEG ? ExifOrientation.of(bytes) : 1;
                for (int i = 0; i < headers.size(); i++) {
                    BufferedImage decoded = decode(reader, i);
                    sink.accept(prepare(i + 1, decoded, headers.get(i), orientation));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException de) {
                throw de;
            }
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    "the " + type + " image could not be read: " + describe(e), e);
        }
    }

    private static ImageReader readerFor(ImageInputStream in, FileType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.name().toLowerCase());
        if (in == null || !readers.hasNext()) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "no reader for " + type + " images");
        }
        return readers.next();
    }

    private List<Header> headers(ImageReader reader, FileType type) throws IOException {
        List<Header> headers = new ArrayList<>();
        // Walk at most one frame past the limit: a TIFF's frame chain is never trusted to end.
        int probe = type == FileType.TIFF ? config.maxPages() + 1 : 1;
        for (int i = 0; i < probe; i++) {
            int w;
            int h;
            try {
                w = reader.getWidth(i);
                h = reader.getHeight(i);
            } catch (IndexOutOfBoundsException e) {
                break;
            }
            if (i >= config.maxPages()) {
                throw new DocumentException(DocumentException.Reason.TOO_LARGE,
                        "the TIFF has more than " + config.maxPages() + " pages");
            }
            checkPixels(i + 1, (long) w * h);
            double[] dpi = resolution(metadata(reader, i));
            headers.add(new Header(w, h, dpi[0], dpi[1]));
        }
        if (headers.isEmpty()) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "the " + type + " file holds no image");
        }
        return headers;
    }

    /** Metadata only tells the resolution; a file whose metadata is odd (APP1 before JFIF) still has pixels. */
    private static IIOMetadata metadata(ImageReader reader, int index) {
        try {
            return reader.getImageMetadata(index);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void checkPixels(int frame, long pixels) {
        double mp = pixels / 1e6;
        if (mp > config.maxMegapixels()) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, String.format(
                    "image page %d is %.1f megapixels; the limit is %.0f", frame, mp, config.maxMegapixels()));
        }
    }

    private static BufferedImage decode(ImageReader reader, int index) throws IOException {
        BufferedImage img = reader.read(index);
        if (img == null) {
            throw new IIOException("frame " + (index + 1) + " decoded to nothing");
        }
        return img;
    }

    private Frame prepare(int number, BufferedImage decoded, Header header, int exifOrientation) {
        BufferedImage grey = GreyImages.toGrey(decoded);
        grey = applyExif(grey, exifOrientation);
        boolean swapped = exifOrientation >= 5;
        double xDpi = swapped ? header.yDpi() : header.xDpi();
        double yDpi = swapped ? header.xDpi() : header.yDpi();

        // Fax pages are 204 x 196 (fine) or 204 x 98 (normal) dpi: stretch the coarse axis so pixels are square.
        double dpi = Math.max(xDpi, yDpi);
        if (xDpi > 0 && yDpi > 0 && Math.abs(xDpi - yDpi) > 1) {
            int w = (int) Math.round(grey.getWidth() * dpi / xDpi);
            int h = (int) Math.round(grey.getHeight() * dpi / yDpi);
            if ((long) w * h / 1e6 > config.maxMegapixels()) {
                dpi = Math.min(xDpi, yDpi);
                w = (int) Math.round(grey.getWidth() * dpi / xDpi);
                h = (int) Math.round(grey.getHeight() * dpi / yDpi);
            }
            grey = GreyImages.scale(grey, w, h);
        }

        // Screenshots and small photos often claim 72 or 96 dpi, or nothing; the page width tells what they really hold.
        double byWidth = grey.getWidth() / config.assumedPageWidthInches();
        double effective = Math.max(dpi, byWidth);
        int factor = config.upscaleFactor();
        double upscaled = 1.0;
        if (effective < config.upscaleBelowDpi() && factor > 1
                && (long) grey.getWidth() * grey.getHeight() * factor * factor / 1e6 <= config.maxMegapixels()) {
            grey = GreyImages.scale(grey, grey.getWidth() * factor, grey.getHeight() * factor);
            effective *= factor;
            upscaled = factor;
        }
        return new Frame(number, grey, (int) Math.round(effective), upscaled);
    }

    private static BufferedImage applyExif(BufferedImage grey, int orientation) {
        return switch (orientation) {
            case 2 -> GreyImages.mirror(grey);
            case 3 -> GreyImages.rotateClockwise(grey, 180);
            case 4 -> GreyImages.rotateClockwise(GreyImages.mirror(grey), 180);
            case 5 -> GreyImages.rotateClockwise(GreyImages.mirror(grey), 270);
            case 6 -> GreyImages.rotateClockwise(grey, 90);
            case 7 -> GreyImages.rotateClockwise(GreyImages.mirror(grey), 90);
            case 8 -> GreyImages.rotateClockwise(grey, 270);
            default -> grey;
        };
    }

    /** {x dpi, y dpi} from the format-neutral metadata tree; 0 where the file states none. */
    private static double[] resolution(IIOMetadata metadata) {
        double[] dpi = {0, 0};
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return dpi;
        }
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) {
                continue;
            }
            for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                double mmPerPixel = value(d);
                if (mmPerPixel <= 0) {
                    continue;
                }
                double v = MM_PER_INCH / mmPerPixel;
                if (v < MIN_PLAUSIBLE_DPI || v > MAX_PLAUSIBLE_DPI) {
                    continue;
                }
                if ("HorizontalPixelSize".equals(d.getNodeName())) {
                    dpi[0] = v;
                } else if ("VerticalPixelSize".equals(d.getNodeName())) {
                    dpi[1] = v;
                }
            }
        }
        if (dpi[0] == 0) {
            dpi[0] = dpi[1];
        }
        if (dpi[1] == 0) {
            dpi[1] = dpi[0];
        }
        return dpi;
    }

    private static double value(Node node) {
        NamedNodeMap attrs = node.getAttributes();
        Node v = attrs == null ? null : attrs.getNamedItem("value");
        if (v == null) {
            return 0;
        }
        try {
            return Double.parseDouble(v.getNodeValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the file is truncated or corrupt" : m;
    }
}
