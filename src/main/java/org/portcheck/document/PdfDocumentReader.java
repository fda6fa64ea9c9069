package org.portcheck.document;

import io.quarkus.logging.Log;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF: text layer first, AcroForm values beside it, and pages whose text layer is too thin rendered grey and sent
 * to OCR. PDFBox neither runs JavaScript nor fetches external references; nothing here asks it to.
 */
final class PdfDocumentReader {

    private static final double POINTS_PER_INCH = 72.0;
    /** An unchecked box or radio button's value. */
    private static final String OFF = "Off";

    private final DocumentConfig config;

    /** What the PDF stage hands back: pages in order (OCR ones filled in later), form values, and OCR to wait for. */
    record Result(List<Page> textPages, Map<Integer, Integer> ocrDpiByPage, int pageCount,
                  Map<String, String> formFields, Map<String, Document.FieldPlace> formFieldBoxes) {
    }

    PdfDocumentReader(DocumentConfig config) {
        this.config = config;
    }

    Result read(byte[] bytes, OcrSink batch, long deadlineNanos, String deadlineText) {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(config.pdfMemoryBytes(), config.pdfScratchBytes());
        try (PDDocument doc = load(bytes, memory)) {
            List<PDPage> pages = walkPages(doc);
            Map<Integer, List<Word>> words = new WordStripper().words(doc);
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Document.FieldPlace> places = new LinkedHashMap<>();
            readForm(doc, pages, fields, places);

            PDFRenderer renderer = new GreyPdfRenderer(doc);
            // large embedded images are read at the resolution the page needs, not their own
            renderer.setSubsamplingAllowed(true);
            List<Page> textPages = new ArrayList<>();
            Map<Integer, Integer> ocrDpi = new HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                if (System.nanoTime() > deadlineNanos) {
                    batch.cancelAll();
                    throw new DocumentException(DocumentException.Reason.UNREADABLE,
                            "reading the document ran past its " + deadlineText + " deadline at page " + (i + 1));
                }
                int number = i + 1;
                PDPage page = pages.get(i);
                checkImages(page, number);
                List<Word> pageWords = words.getOrDefault(number, List.of());
                float[] size = displaySize(page);
                if (textChars(pageWords) >= config.minTextLayerChars()) {
                    int dpi = fitDpi(size, config.inkDpi(), 1, number);
                    BufferedImage ink = render(renderer, i, dpi, number);
                    textPages.add(new Page(number, Math.round(size[0]), Math.round(size[1]), Source.TEXT_LAYER, dpi,
                            pageWords, ink, dpi / POINTS_PER_INCH));
                } else {
                    int dpi = fitDpi(size, config.ocrDpi(), config.minDpi(), number);
                    BufferedImage grey = render(renderer, i, dpi, number);
                    ocrDpi.put(number, dpi);
                    batch.submit(number, grey, dpi);
                }
            }
            return new Result(textPages, ocrDpi, pages.size(), fields, places);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    "the PDF is encrypted with a user password, and there is no way to give one", e);
        } catch (IOException e) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    "the PDF is corrupt or truncated beyond repair: " + e.getMessage(), e);
        } catch (DocumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // broken object graphs surface as runtime errors deep in PDFBox
            Log.debugf("PDF unreadable: %s", e);
            throw new DocumentException(DocumentException.Reason.UNREADABLE,
                    "the PDF's structure is broken beyond repair", e);
        }
    }

    private static PDDocument load(byte[] bytes, MemoryUsageSetting memory) throws IOException {
        // empty password: owner-password-only PDFs open and read normally
        return Loader.loadPDF(bytes, "", null, null, memory.streamCache);
    }

    /**
     * The pages as found by walking the tree: /Count may lie (too few pages to pass a limit, or too many to
     * exhaust us). The walk stops one page past the limit.
     */
    private List<PDPage> walkPages(PDDocument doc) {
        List<PDPage> pages = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            pages.add(page);
            if (pages.size() > config.maxPages()) {
                throw new DocumentException(DocumentException.Reason.TOO_LARGE,
                        "the PDF has more than " + config.maxPages() + " pages");
            }
        }
        if (pages.isEmpty()) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "the PDF has no pages");
        }
        if (doc.getPages().getCount() != pages.size()) {
            flatten(doc, pages);
        }
        return pages;
    }

    /** Rebuilds a one-level page tree when /Count disagrees with the walk, so that page indexes mean what we found. */
    private static void flatten(PDDocument doc, List<PDPage> pages) {
        COSDictionary root = doc.getPages().getCOSObject();
        COSArray kids = new COSArray();
        for (PDPage page : pages) {
            // pin what the page inherited from the nodes being dropped
            page.setMediaBox(page.getMediaBox());
            page.setCropBox(page.getCropBox());
            page.setRotation(page.getRotation());
            page.setResources(page.getResources());
            page.getCOSObject().setItem(COSName.PARENT, root);
            kids.add(page.getCOSObject());
        }
        root.setItem(COSName.KIDS, kids);
        root.setInt(COSName.COUNT, pages.size());
    }

    /** Refuses a page holding an image bigger than the pixel limit, from its dictionary alone (nothing decoded). */
    private void checkImages(PDPage page, int number) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return;
        }
        COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (COSName name : xobjects.keySet()) {
            COSBase base = xobjects.getDictionaryObject(name);
            if (base instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                long pixels = (long) Math.max(0, stream.getInt(COSName.WIDTH)) * Math.max(0, stream.getInt(COSName.HEIGHT));
                if (pixels / 1e6 > config.maxMegapixels()) {
                    throw new DocumentException(DocumentException.Reason.TOO_LARGE, String.format(
                            "page %d holds an image of %.1f megapixels; the limit is %.0f", number, pixels / 1e6,
                            config.maxMegapixels()));
                }
            }
        }
    }

    /** Page width and height in points as displayed (crop box, turned by /Rotate). */
    private static float[] displaySize(PDPage page) {
        PDRectangle crop = page.getCropBox();
        boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
        return turned ? new float[]{crop.getHeight(), crop.getWidth()} : new float[]{crop.getWidth(), crop.getHeight()};
    }

    /** The wanted DPI, lowered (not below {@code floor}) until the page fits the pixel limit. */
    private int fitDpi(float[] sizePt, int wanted, int floor, int number) {
        double sqIn = (sizePt[0] / POINTS_PER_INCH) * (sizePt[1] / POINTS_PER_INCH);
        if (sqIn <= 0) {
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "page " + number + " has no area");
        }
        int fits = (int) Math.floor(Math.sqrt(config.maxMegapixels() * 1e6 / sqIn));
        int dpi = Math.min(wanted, fits);
        if (dpi < floor || dpi < 1) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, String.format(
                    "page %d (%.0f x %.0f in) would exceed %.0f megapixels even at %d dpi", number,
                    sizePt[0] / POINTS_PER_INCH, sizePt[1] / POINTS_PER_INCH, config.maxMegapixels(), floor));
        }
        return dpi;
    }

    private static BufferedImage render(PDFRenderer renderer, int index, int dpi, int number) throws IOException {
        BufferedImage img = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        // PDFBox's grey image is already TYPE_BYTE_GRAY; copy only if it is not
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            img = GreyImages.toGrey(img);
        }
        Log.debugf("page %d rendered at %d dpi: %dx%d", number, dpi, img.getWidth(), img.getHeight());
        return img;
    }

    private static int textChars(List<Word> words) {
        int n = 0;
        for (Word w : words) {
            n += w.text().codePointCount(0, w.text().length());
        }
        return n;
    }

    private static void readForm(PDDocument doc, List<PDPage> pages, Map<String, String> values,
                                 Map<String, Document.FieldPlace> places) throws IOException {
        // null fixup: read the form as it is, without generating appearances
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        Map<COSDictionary, Integer> widgetPage = null;
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDTerminalField terminal) || field instanceof PDPushButton) {
                continue;
            }
            String name = field.getFullyQualifiedName();
            if (name == null) {
                continue;
            }
            if (!(field instanceof PDSignatureField)) {
                String value = field.getValueAsString();
                if (value != null && !value.isBlank() && !OFF.equals(value)) {
                    values.put(name, value.strip());
                }
            }
            for (PDAnnotationWidget widget : terminal.getWidgets()) {
                int index = widget.getPage() == null ? -1 : indexOf(pages, widget.getPage());
                if (index < 0) {
                    if (widgetPage == null) {
                        widgetPage = widgetPages(pages);
                    }
                    index = widgetPage.getOrDefault(widget.getCOSObject(), -1);
                }
                PDRectangle rect = widget.getRectangle();
                if (index < 0 || rect == null) {
                    continue;
                }
                PDRectangle crop = pages.get(index).getCropBox();
                int x = Math.round(rect.getLowerLeftX() - crop.getLowerLeftX());
                int y = Math.round(crop.getUpperRightY() - rect.getUpperRightY());
                Box box = new Box(x, y, Math.round(Math.abs(rect.getWidth())), Math.round(Math.abs(rect.getHeight())));
                places.putIfAbsent(name, new Document.FieldPlace(index + 1, box));
            }
        }
    }

    private static int indexOf(List<PDPage> pages, PDPage page) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).getCOSObject() == page.getCOSObject()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<COSDictionary, Integer> widgetPages(List<PDPage> pages) throws IOException {
        Map<COSDictionary, Integer> map = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (PDAnnotation a : pages.get(i).getAnnotations()) {
                map.putIfAbsent(a.getCOSObject(), i);
            }
        }
        return map;
    }
}
