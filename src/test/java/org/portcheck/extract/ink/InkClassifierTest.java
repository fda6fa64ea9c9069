package org.portcheck.extract.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcheck.extract.SignatureState;
import org.portcheck.extract.ink.InkSamples.Content;
import org.portcheck.extract.ink.InkSamples.Degradation;
import org.portcheck.extract.ink.InkSamples.Sample;

class InkClassifierTest {

    private final InkClassifier classifier = new InkClassifier(InkSamples.defaults());

    static Stream<Arguments> clearCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Degradation d : Degradation.values()) {
            for (int i = 0; i < InkSamples.CROPS.size(); i++) {
                cases.add(Arguments.of(Content.HAND, InkSamples.CROPS.get(i), d, SignatureState.HAND_SIGNED));
            }
            for (Content typed : List.of(Content.TYPED_SERIF, Content.TYPED_SANS, Content.TYPED_MONO,
                    Content.E_SIGNATURE)) {
                cases.add(Arguments.of(typed, "-", d, SignatureState.TYPED));
            }
            cases.add(Arguments.of(Content.EMPTY, "-", d, SignatureState.EMPTY));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("clearCases")
    void shouldReadClearSignatureBlocksUnderEveryDegradation(Content content, String crop, Degradation degradation,
                                                             SignatureState expected) {
        Sample s = InkSamples.signatureBlock(content, crop, degradation, seed(crop));
        SignatureState state = classifier.classify(s.page(), s.region(), s.words());
        assertEquals(expected, state, () -> classifier.measure(s.page(), s.region()).toString());
    }

    @Test
    void shouldCallHandwritingUnderAWordOcrGuessedLooselyHandSigned() {
        // OCR often returns a low-confidence word over a scribble; that must not make it typed
        Sample s = InkSamples.signatureBlock(Content.HAND, "013", Degradation.CLEAN, 1);
        var word = new org.portcheck.document.Word("Rchnd", s.region(), 0.41);
        assertEquals(SignatureState.HAND_SIGNED, classifier.classify(s.page(), s.region(), List.of(word)));
    }

    @Test
    void shouldNotCallATypedNameTypedWithoutSureWords() {
        Sample s = InkSamples.signatureBlock(Content.TYPED_SANS, "-", Degradation.CLEAN, 1);
        var unsure = s.words().stream().map(w -> new org.portcheck.document.Word(w.text(), w.box(), 0.3)).toList();
        assertFalse(classifier.classify(s.page(), s.region(), unsure) == SignatureState.TYPED);
    }

    /**
     * Faint, smeared and broken signatures at the strength of {@link InkDefects}: prints the confusion matrix and
     * requires ILLEGIBLE for at least 80% of the crops under each degradation that keeps grey levels. A fax
     * (threshold at mid-grey) drops faint ink and most of a smear altogether, so there only broken ink is required (60%).
     */
    @Test
    void shouldFindFaintSmearedAndBrokenSignaturesIllegible() {
        Map<Content, Map<Degradation, Map<SignatureState, Integer>>> matrix = new EnumMap<>(Content.class);
        for (Content content : List.of(Content.FAINT, Content.SMEARED, Content.BROKEN)) {
            for (Degradation d : Degradation.values()) {
                for (String crop : InkSamples.CROPS) {
                    Sample s = InkSamples.signatureBlock(content, crop, d, seed(crop));
                    SignatureState state = classifier.classify(s.page(), s.region(), s.words());
                    matrix.computeIfAbsent(content, k -> new EnumMap<>(Degradation.class))
                            .computeIfAbsent(d, k -> new EnumMap<>(SignatureState.class))
                            .merge(state, 1, Integer::sum);
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format("%-8s %-14s %11s %6s %6s %9s%n", "drawn", "degradation",
                "HAND_SIGNED", "TYPED", "EMPTY", "ILLEGIBLE"));
        matrix.forEach((content, byDeg) -> byDeg.forEach((d, counts) -> table.append(String.format(
                "%-8s %-14s %11d %6d %6d %9d%n", content, d, counts.getOrDefault(SignatureState.HAND_SIGNED, 0),
                counts.getOrDefault(SignatureState.TYPED, 0), counts.getOrDefault(SignatureState.EMPTY, 0),
                counts.getOrDefault(SignatureState.ILLEGIBLE, 0)))));
        System.out.print(table);
        int crops = InkSamples.CROPS.size();
        matrix.forEach((content, byDeg) -> byDeg.forEach((d, counts) -> {
            int illegible = counts.getOrDefault(SignatureState.ILLEGIBLE, 0);
            assertEquals(0, counts.getOrDefault(SignatureState.TYPED, 0), content + " " + d + " read as typed");
            boolean faxLosesIt = d == Degradation.FAX && content != Content.BROKEN;
            double required = d == Degradation.FAX ? 0.6 : 0.8;
            if (!faxLosesIt) {
                assertTrue(illegible >= required * crops, content + " " + d + ": " + counts + "\n" + table);
            }
        }));
    }

    static Stream<Arguments> initials() {
        List<Arguments> cases = new ArrayList<>();
        for (Degradation d : Degradation.values()) {
            for (String crop : InkSamples.CROPS.subList(0, 12)) {
                cases.add(Arguments.of(crop, d, SignatureState.HAND_SIGNED));
            }
            cases.add(Arguments.of(null, d, SignatureState.EMPTY));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "initials {0} {1} -> {2}")
    @MethodSource("initials")
    void shouldIgnoreTheBoxBorderAndFindInitials(String crop, Degradation degradation, SignatureState expected) {
        Sample s = InkSamples.initialsBlock(crop, degradation, crop == null ? 0 : seed(crop));
        assertEquals(expected, classifier.classify(s.page(), s.region(), List.of()),
                () -> classifier.measure(s.page(), s.region()).toString());
    }

    @ParameterizedTest
    @EnumSource(Degradation.class)
    void shouldTellABlankFieldFromOneWithInk(Degradation degradation) {
        Sample blank = InkSamples.valueField(Content.EMPTY, "-", degradation, 3);
        assertFalse(classifier.hasInk(blank.page(), blank.region()), "blank field under " + degradation);
        Sample typed = InkSamples.valueField(Content.TYPED_SERIF, "-", degradation, 3);
        assertTrue(classifier.hasInk(typed.page(), typed.region()));
        Sample smeared = InkSamples.valueField(Content.SMEARED, "146", degradation, 3);
        if (degradation != Degradation.FAX) {
            assertTrue(classifier.hasInk(smeared.page(), smeared.region()), "smeared ink under " + degradation);
        }
    }

    @Test
    void shouldMeasureInkWithoutTheSignatureLine() {
        Sample empty = InkSamples.signatureBlock(Content.EMPTY, "-", Degradation.CLEAN, 0);
        InkMeasure none = classifier.measure(empty.page(), empty.region());
        assertEquals(0, none.inkPixels());
        assertTrue(none.rulePixels() > 0, "the signature line is found and removed: " + none);

        Sample hand = InkSamples.signatureBlock(Content.HAND, "146", Degradation.CLEAN, 0);
        InkMeasure ink = classifier.measure(hand.page(), hand.region());
        assertTrue(ink.contrast() > 150 && ink.sharpness() > 0.5 && ink.reach() > 1, ink.toString());
        assertEquals(200, ink.dpi());

        Sample faint = InkSamples.signatureBlock(Content.FAINT, "146", Degradation.CLEAN, 0);
        assertTrue(classifier.measure(faint.page(), faint.region()).contrast() < 55);
        Rectangle r = new Rectangle(hand.region().x(), hand.region().y(), hand.region().width(),
                hand.region().height());
        assertEquals(ink, classifier.measure(hand.page(), r));
    }

    /** A page as a scanner at {@code factor} times the reference resolution sees it: more pixels over each edge. */
    private static Sample rescanned(Sample s, double factor) {
        int w = (int) Math.round(s.page().getWidth() * factor);
        int h = (int) Math.round(s.page().getHeight() * factor);
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(s.page(), 0, 0, w, h, null);
        g.dispose();
        org.portcheck.document.Box r = s.region();
        org.portcheck.document.Box region = new org.portcheck.document.Box((int) Math.round(r.x() * factor),
                (int) Math.round(r.y() * factor), (int) Math.round(r.width() * factor),
                (int) Math.round(r.height() * factor));
        return new Sample(out, region, List.of());
    }

    /** Grey turned into black dots (Floyd-Steinberg), as a fax in halftone mode sends grey. */
    private static Sample dithered(Sample s) {
        java.awt.image.BufferedImage src = s.page();
        int w = src.getWidth();
        int h = src.getHeight();
        float[] v = new float[w * h];
        src.getRaster().getPixels(0, 0, w, h, v);
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float q = v[i] < 128 ? 0 : 255;
                float e = v[i] - q;
                if (x + 1 < w) { v[i + 1] += e * 7 / 16; }
                if (y + 1 < h) {
                    if (x > 0) { v[i + w - 1] += e * 3 / 16; }
                    v[i + w] += e * 5 / 16;
                    if (x + 1 < w) { v[i + w + 1] += e / 16; }
                }
                out.getRaster().setSample(x, y, 0, (int) q);
            }
        }
        return new Sample(out, s.region(), s.words());
    }

    @ParameterizedTest(name = "hand {0} rescanned at 320 dpi")
    @MethodSource("cropIds")
    void shouldKeepAClearSignatureHandSignedAtScannerResolutions(String crop) {
        // edges are judged in millimetres: at 320 dpi a pen's edge spans more pixels, not more paper
        Sample s = rescanned(InkSamples.signatureBlock(Content.HAND, crop, Degradation.CLEAN, seed(crop)), 1.6);
        assertEquals(SignatureState.HAND_SIGNED, classifier.classify(s.page(), s.region(), s.words()),
                () -> classifier.measure(s.page(), s.region()).toString());
    }

    @Test
    void shouldFindSmearsIllegibleAtScannerResolutionsAndKeepDitheredHandwritingHandSigned() {
        int rescannedIllegible = 0;
        int ditheredHand = 0;
        for (String crop : InkSamples.CROPS) {
            Sample smear = InkSamples.signatureBlock(Content.SMEARED, crop, Degradation.CLEAN, seed(crop));
            Sample r = rescanned(smear, 1.6);
            rescannedIllegible += classifier.classify(r.page(), r.region(), r.words()) == SignatureState.ILLEGIBLE ? 1 : 0;
            Sample hand = dithered(InkSamples.signatureBlock(Content.HAND, crop, Degradation.CLEAN, seed(crop)));
            ditheredHand += classifier.classify(hand.page(), hand.region(), hand.words()) == SignatureState.HAND_SIGNED
                    ? 1 : 0;
        }
        System.out.printf("smeared rescanned ILLEGIBLE %d, hand dithered HAND %d of %d%n",
                rescannedIllegible, ditheredHand, InkSamples.CROPS.size());
        int crops = InkSamples.CROPS.size();
        assertTrue(rescannedIllegible >= 0.8 * crops, "rescanned smears: " + rescannedIllegible);
        assertTrue(ditheredHand >= 0.8 * crops, "dithered hand signatures: " + ditheredHand);
    }

    static Stream<String> cropIds() {
        return InkSamples.CROPS.stream();
    }

    private static long seed(String crop) {
        return crop.hashCode();
    }
}
