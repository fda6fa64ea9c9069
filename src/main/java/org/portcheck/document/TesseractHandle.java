package org.portcheck.document;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One Tesseract instance (recognition) plus one for orientation detection. Not thread-safe: each OCR worker thread
 * creates, uses and closes its own.
 */
final class TesseractHandle implements AutoCloseable {

    /** Tesseract's orientation model is legacy-only. */
    private static final String OSD_LANGUAGE = "osd";

    private static volatile boolean ompLimited;

    private final TessAPI api;
    private final TessBaseAPI ocr;
    private final TessBaseAPI osd;
    private ByteBuffer pixels;

    /** What recognising one image gave: words in its pixels, or nothing when the deadline struck. */
    record Recognition(List<Word> words, boolean finished) {
    }

    /** Tesseract's guess at how the page is turned: degrees clockwise the image must be rotated to be upright. */
    record Orientation(int rotateClockwise, double confidence) {
    }

    TesseractHandle(String tessdata, String language) {
        limitOpenMp();
        this.api = TessAPI.INSTANCE;
        this.ocr = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(ocr, tessdata, language, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(ocr);
            throw new IllegalStateException("Tesseract could not load language '" + language + "' from " + tessdata);
        }
        quiet(ocr);
        api.TessBaseAPISetPageSegMode(ocr, ITessAPI.TessPageSegMode.PSM_AUTO);
        TessBaseAPI osdApi = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(osdApi, tessdata, OSD_LANGUAGE, ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
            api.TessBaseAPIDelete(osdApi);
            api.TessBaseAPIEnd(ocr);
            api.TessBaseAPIDelete(ocr);
            throw new IllegalStateException("Tesseract could not load the orientation model 'osd' from " + tessdata);
        }
        quiet(osdApi);
        api.TessBaseAPISetPageSegMode(osdApi, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
        this.osd = osdApi;
    }

    private void quiet(TessBaseAPI handle) {
        // Tesseract prints warnings (e.g. "Estimating resolution") to stderr; the service logs its own way.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /**
     * Tesseract is built with OpenMP; each handle would otherwise start a thread per core and the workers would fight
     * over them. The pool reads pages in parallel instead. An operator's own OMP_THREAD_LIMIT is kept.
     */
    private static void limitOpenMp() {
        if (ompLimited) {
            return;
        }
        synchronized (TesseractHandle.class) {
            if (!ompLimited) {
                try {
                    CLib.INSTANCE.setenv("OMP_THREAD_LIMIT", "1", 0);
                } catch (UnsatisfiedLinkError | RuntimeException e) {
                    // not fatal: only slower when OpenMP oversubscribes
                }
                ompLimited = true;
            }
        }
    }

    interface CLib extends Library {
        CLib INSTANCE = Native.load("c", CLib.class);

        int setenv(String name, String value, int overwrite);
    }

    /** Orientation of a grey image, or null when Tesseract finds too little text to tell. */
    Orientation orientation(BufferedImage grey, int dpi) {
        setImage(osd, grey, dpi);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer confidence = FloatBuffer.allocate(1);
        PointerByReference script = new PointerByReference();
        FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
        try {
            int ok = api.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, script, scriptConfidence);
            if (ok == 0) {
                return null;
            }
            // Tesseract reports how far the page is turned clockwise; turning it back means the remainder to 360.
            return new Orientation(Math.floorMod(360 - degrees.get(0), 360), confidence.get(0));
        } finally {
            api.TessBaseAPIClear(osd);
        }
    }

    /** Words of a grey image with boxes in its pixels and confidence 0..1; stops at {@code budgetMillis}. */
    Recognition recognize(BufferedImage grey, int dpi, long budgetMillis) {
        setImage(ocr, grey, dpi);
        ITessAPI.ETEXT_DESC monitor = api.TessMonitorCreate();
        try {
            // JNA must not copy its (version-specific) view of the struct over the native one.
            monitor.setAutoSynch(false);
            api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetMillis)));
            if (api.TessBaseAPIRecognize(ocr, monitor) != 0) {
                return new Recognition(List.of(), false);
            }
            return new Recognition(words(), true);
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(ocr);
        }
    }

    private List<Word> words() {
        List<Word> words = new ArrayList<>();
        TessResultIterator it = api.TessBaseAPIGetIterator(ocr);
        if (it == null) {
            return words;
        }
        try {
            TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                Pointer textPtr = api.TessResultIteratorGetUTF8Text(it, level);
                if (textPtr == null) {
                    continue;
                }
                String text = textPtr.getString(0, StandardCharsets.UTF_8.name()).strip();
                api.TessDeleteText(textPtr);
                if (text.isEmpty()) {
                    continue;
                }
                float conf = api.TessResultIteratorConfidence(it, level);
                api.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
                Box box = new Box(left.get(0), top.get(0),
                        Math.max(0, right.get(0) - left.get(0)), Math.max(0, bottom.get(0) - top.get(0)));
                double c = Math.max(0, Math.min(1, conf / 100.0));
                words.add(new Word(text, box, c));
            } while (api.TessResultIteratorNext(it, level) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return words;
    }

    private void setImage(TessBaseAPI handle, BufferedImage grey, int dpi) {
        byte[] px = GreyImages.pixels(grey);
        // one native buffer per handle, grown to the largest page: Tesseract copies the pixels in SetImage
        if (pixels == null || pixels.capacity() < px.length) {
            pixels = ByteBuffer.allocateDirect(px.length);
        }
        ByteBuffer buf = pixels.clear();
        buf.put(px).flip();
        api.TessBaseAPISetImage(handle, buf, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        api.TessBaseAPISetSourceResolution(handle, dpi);
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(osd);
        api.TessBaseAPIDelete(osd);
        api.TessBaseAPIEnd(ocr);
        api.TessBaseAPIDelete(ocr);
    }
}
