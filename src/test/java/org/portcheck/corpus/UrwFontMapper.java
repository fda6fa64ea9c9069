package org.portcheck.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.type1.Type1Font;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Renders the standard 14 fonts with the URW base35 clones (Debian's fonts-urw-base35) when they are installed.
 * PDFBox only knows their old names (NimbusSanL-Regu ...) and otherwise draws Times and Courier with its bundled
 * sans-serif, which would make every rendered bill look alike. Falls back to PDFBox's own mapping elsewhere.
 */
final class UrwFontMapper implements FontMapper {

    private static final Path DIR = Path.of("/usr/share/fonts/X11/Type1");
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("Helvetica", "NimbusSans-Regular"), Map.entry("Helvetica-Bold", "NimbusSans-Bold"),
            Map.entry("Helvetica-Oblique", "NimbusSans-Italic"),
            Map.entry("Helvetica-BoldOblique", "NimbusSans-BoldItalic"),
            Map.entry("Times-Roman", "NimbusRoman-Regular"), Map.entry("Times-Bold", "NimbusRoman-Bold"),
            Map.entry("Times-Italic", "NimbusRoman-Italic"), Map.entry("Times-BoldItalic", "NimbusRoman-BoldItalic"),
            Map.entry("Courier", "NimbusMonoPS-Regular"), Map.entry("Courier-Bold", "NimbusMonoPS-Bold"),
            Map.entry("Courier-Oblique", "NimbusMonoPS-Italic"),
            Map.entry("Courier-BoldOblique", "NimbusMonoPS-BoldItalic"));

    private static boolean installed;

    private final FontMapper fallback;
    private final Map<String, FontBoxFont> loaded = new HashMap<>();

    private UrwFontMapper(FontMapper fallback) {
        this.fallback = fallback;
    }

    /** Installs the mapper once, before any standard 14 font object is made. */
    static synchronized void install() {
        if (!installed) {
            FontMappers.set(new UrwFontMapper(FontMappers.instance()));
            installed = true;
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return fallback.getTrueTypeFont(baseFont, descriptor);
    }

    @Override
    public synchronized FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        String file = FILES.get(baseFont);
        Path pfb = file == null ? null : DIR.resolve(file + ".pfb");
        if (pfb != null && Files.isReadable(pfb)) {
            FontBoxFont f = loaded.computeIfAbsent(baseFont, k -> {
                try {
                    return Type1Font.createWithPFB(Files.readAllBytes(pfb));
                } catch (IOException e) {
                    return null;
                }
            });
            if (f != null) {
                return new FontMapping<>(f, false);
            }
        }
        return fallback.getFontBoxFont(baseFont, descriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return fallback.getCIDFont(baseFont, descriptor, cidSystemInfo);
    }
}
