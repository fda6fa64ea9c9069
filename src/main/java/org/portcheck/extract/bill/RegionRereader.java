package org.portcheck.extract.bill;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.DocumentException;
import org.portcheck.document.DocumentReader;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;

/**
 * Reads again, on their own, the stretches of an OCR page whose words came out as noise. Tesseract lays out a whole
 * page before it reads it: a column of small grey labels beside a column of larger print can be taken into the
 * other column's text lines and read as blobs ("fee ee ek nen" for "Service Address"). Cut out with the words of
 * its own column around it, the same stretch reads as printed. The new words replace the old only where they read
 * with more confidence and where the words the first reading was sure of come out the same at the same place.
 */
@ApplicationScoped
public class RegionRereader {

    private static final double MM_PER_INCH = 25.4;
    private static final int MIN_ANCHOR_CHARS = 3;
    /** Grey levels a pixel must stand out of its ground by to be print when a stretch is widened. */
    private static final int PRINT_CONTRAST = 60;
    /** Pixels of print a column needs: one is JPEG noise. */
    private static final int MIN_PRINT_PIXELS = 2;

    private final DocumentReader documents;
    private final BillConfig config;

    @Inject
    public RegionRereader(DocumentReader documents, BillConfig config) {
        this.documents = documents;
        this.config = config;
    }

    /** The document with its noisy stretches read again where that read better; the same document when none did. */
    Document reread(Document doc) {
        long deadline = System.nanoTime() + config.rereadDeadline().toNanos();
        List<Page> pages = new ArrayList<>();
        boolean changed = false;
        for (Page page : doc.pages()) {
            Page p = page;
            if (page.source() == Source.OCR && page.image() != null) {
                for (Box region : regions(page)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    Optional<Page> better = reread(p, region, Duration.ofNanos(left));
                    if (better.isPresent()) {
                        p = better.get();
                        changed = true;
                    }
                }
            }
            pages.add(p);
        }
        return changed ? new Document(pages, doc.source(), doc.formFields(), doc.formFieldBoxes(), doc.ocrMillis())
                : doc;
    }

    /**
     * Where to read again: around each word read with low confidence, its column over a few lines above and below
     * it (the segments that overlap it sideways, taken in until no more do), and a few line heights to either side,
     * where a label the first reading lost entirely may stand. Overlapping stretches are one.
     */
    List<Box> regions(Page page) {
        List<Word> words = page.words();
        int lineHeight = medianHeight(words);
        Document alone = new Document(List.of(page), page.source(), Map.of(), Map.of(), 0);
        List<TextLine> segments = Layout.of(alone, config).segments;
        int reach = (int) Math.round(config.rereadContextLines() * lineHeight);
        List<Box> regions = new ArrayList<>();
        for (Word seed : words) {
            if (seed.confidence() >= config.rereadBelowConfidence()) {
                continue;
            }
            int top = seed.box().y() - reach;
            int bottom = seed.box().bottom() + reach;
            Box region = seed.box();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (TextLine s : segments) {
                    Box b = s.box;
                    if (b.y() >= top && b.bottom() <= bottom && b.x() < region.right() && region.x() < b.right()
                            && (b.x() < region.x() || b.right() > region.right() || b.y() < region.y()
                            || b.bottom() > region.bottom())) {
                        region = region.union(b);
                        grew = true;
                    }
                }
            }
            // A label the first reading lost entirely may stand beside the noise ("Acct #:" before its number).
            int x = Math.max(0, region.x() - reach);
            regions.add(new Box(x, region.y(), Math.min(page.width(), region.right() + reach) - x, region.height()));
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < regions.size() && !merged; i++) {
                for (int j = i + 1; j < regions.size() && !merged; j++) {
                    if (regions.get(i).intersects(regions.get(j))) {
                        regions.set(i, regions.get(i).union(regions.remove(j)));
                        merged = true;
                    }
                }
            }
        }
        regions.removeIf(r -> r.width() > config.rereadMaxPageShare() * page.width());
        return regions.size() > config.rereadMaxRegions() ? regions.subList(0, config.rereadMaxRegions()) : regions;
    }

    private Optional<Page> reread(Page page, Box region, Duration deadline) {
        BufferedImage image = page.image();
        double scale = page.imageScale();
        int lineHeight = medianHeight(page.words());
        int x0 = Math.max(0, (int) Math.floor((region.x() - lineHeight) * scale));
        int y0 = Math.max(0, (int) Math.floor((region.y() - lineHeight) * scale));
        int x1 = Math.min(image.getWidth(), (int) Math.ceil((region.right() + lineHeight) * scale));
        int y1 = Math.min(image.getHeight(), (int) Math.ceil((region.bottom() + lineHeight) * scale));
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return Optional.empty();
        }
        // the stretch must not end inside a word the first reading lost: its edges move out over print to paper
        int gap = Math.max(2, (int) Math.round(lineHeight * scale));
        int limit = (int) Math.round(config.rereadMaxPageShare() * image.getWidth());
        int[] edges = widenOverPrint(image, x0, y0, x1, y1, gap, limit);
        if (edges[0] != x0 || edges[1] != x1) {
            x0 = edges[0];
            x1 = edges[1];
            int left = (int) Math.floor(x0 / scale) + lineHeight;
            int right = (int) Math.ceil(x1 / scale) - lineHeight;
            region = new Box(Math.min(region.x(), left), region.y(),
                    Math.max(region.right(), right) - Math.min(region.x(), left), region.height());
        }
        BufferedImage crop = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = crop.createGraphics();
        try {
            g.drawImage(image.getSubimage(x0, y0, x1 - x0, y1 - y0), 0, 0, null);
        } finally {
            g.dispose();
        }
        Page read;
        try {
            Document doc = documents.read(png(crop, page.dpi()), deadline);
            if (doc.pages().size() != 1 || doc.pages().get(0).source() != Source.OCR) {
                return Optional.empty();
            }
            read = doc.pages().get(0);
        } catch (DocumentException e) {
            Log.debugf("page %d: re-reading %s gave up: %s", page.number(), region, e.getMessage());
            return Optional.empty();
        }
        // The crop may come back enlarged (a small picture is) and a little wider for being straightened; a crop
        // turned a quarter is not this stretch of the page any more.
        double up = read.upscaled();
        double padX = (read.width() - crop.getWidth() * up) / 2;
        double padY = (read.height() - crop.getHeight() * up) / 2;
        double slack = config.rereadSizeSlack();
        if (padX < -slack * read.width() || padY < -slack * read.height()
                || padX > slack * read.width() || padY > slack * read.height()) {
            return Optional.empty();
        }
        List<Word> fresh = new ArrayList<>();
        for (Word w : read.words()) {
            Box b = w.box();
            int x = (int) Math.round(x0 / scale + (b.x() - padX) / up / scale);
            int y = (int) Math.round(y0 / scale + (b.y() - padY) / up / scale);
            Box mapped = new Box(x, y, Math.max(1, (int) Math.round(b.width() / up / scale)),
                    Math.max(1, (int) Math.round(b.height() / up / scale)));
            if (centreIn(mapped, region)) {
                fresh.add(new Word(w.text(), mapped, w.confidence()));
            }
        }
        Box stretch = region;
        List<Word> old = page.words().stream().filter(w -> centreIn(w.box(), stretch)).toList();
        if (!anchored(old, fresh, lineHeight) || Word.meanConfidence(fresh) <= Word.meanConfidence(old)
                || chars(fresh) < config.rereadMinTextShare() * chars(old)) {
            Log.debugf("page %d: re-reading %s did not read better", page.number(), region);
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>(page.words());
        words.removeAll(old);
        words.addAll(fresh);
        Log.debugf("page %d: re-read %s: %d words for %d (confidence %.2f for %.2f)", page.number(), region,
                fresh.size(), old.size(), Word.meanConfidence(fresh), Word.meanConfidence(old));
        return Optional.of(new Page(page.number(), page.width(), page.height(), page.source(), page.dpi(), words,
                page.image(), page.imageScale(), page.upscaled()));
    }

    /**
     * The left and right edges of the stretch [x0, x1) x [y0, y1), each moved outwards while the columns beyond it
     * hold print, until {@code gap} columns of plain ground (paper, or a coloured band) in a row, the picture's
     * edge, or a stretch {@code limit} wide. Print is what stands out of the stretch's own ground, dark on light or
     * light on dark.
     */
    static int[] widenOverPrint(BufferedImage image, int x0, int y0, int x1, int y1, int gap, int limit) {
        int ground = median(image, x0, y0, x1, y1);
        int right = x1;
        int lastPrint = -1;
        for (int x = x1; x < image.getWidth() && x - x0 < limit && x - Math.max(x1, lastPrint + 1) < gap; x++) {
            if (printIn(image, x, y0, y1, ground)) {
                lastPrint = x;
            }
        }
        if (lastPrint >= 0) {
            right = Math.min(image.getWidth(), Math.min(x0 + limit, lastPrint + 1 + gap / 2));
        }
        int left = x0;
        int firstPrint = -1;
        for (int x = x0 - 1; x >= 0 && right - x <= limit && Math.min(x0, firstPrint < 0 ? x0 : firstPrint) - x <= gap;
             x--) {
            if (printIn(image, x, y0, y1, ground)) {
                firstPrint = x;
            }
        }
        if (firstPrint >= 0) {
            left = Math.max(0, Math.max(right - limit, firstPrint - gap / 2));
        }
        return new int[] {left, right};
    }

    private static boolean printIn(BufferedImage image, int x, int y0, int y1, int ground) {
        int marks = 0;
        for (int y = y0; y < y1; y++) {
            if (Math.abs(grey(image, x, y) - ground) >= PRINT_CONTRAST && ++marks >= MIN_PRINT_PIXELS) {
                return true;
            }
        }
        return false;
    }

    private static int median(BufferedImage image, int x0, int y0, int x1, int y1) {
        int[] hist = new int[256];
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                hist[grey(image, x, y)]++;
                n++;
            }
        }
        int seen = 0;
        for (int v = 0; v < hist.length; v++) {
            seen += hist[v];
            if (2 * seen >= n) {
                return v;
            }
        }
        return hist.length - 1;
    }

    private static int grey(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }

    /** Some word the first reading was sure of reads the same, at the same place: the crop is this stretch, upright. */
    private boolean anchored(List<Word> old, List<Word> fresh, int lineHeight) {
        for (Word o : old) {
            if (o.confidence() < config.rereadAnchorConfidence() || o.text().length() < MIN_ANCHOR_CHARS) {
                continue;
            }
            for (Word f : fresh) {
                if (f.text().equals(o.text()) && Math.abs(f.box().x() - o.box().x()) <= lineHeight
                        && Math.abs(f.box().centerY() - o.box().centerY()) <= lineHeight) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean centreIn(Box b, Box region) {
        int cx = b.x() + b.width() / 2;
        int cy = b.centerY();
        return cx >= region.x() && cx < region.right() && cy >= region.y() && cy < region.bottom();
    }

    private static int chars(List<Word> words) {
        return words.stream().mapToInt(w -> w.text().length()).sum();
    }

    private static int medianHeight(List<Word> words) {
        int[] heights = words.stream().mapToInt(w -> w.box().height()).sorted().toArray();
        return heights.length == 0 ? 1 : Math.max(1, heights[heights.length / 2]);
    }

    /** A PNG that states its resolution, so that the crop is read at the page's scale and not taken for a thumbnail. */
    private static byte[] png(BufferedImage image, int dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            String mmPerPixel = Double.toString(MM_PER_INCH / Math.max(1, dpi));
            IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
            h.setAttribute("value", mmPerPixel);
            IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
            v.setAttribute("value", mmPerPixel);
            IIOMetadataNode dim = new IIOMetadataNode("Dimension");
            dim.appendChild(h);
            dim.appendChild(v);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(dim);
            metadata.mergeTree("javax_imageio_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("a page crop could not be written as PNG", e);
        }
    }
}
