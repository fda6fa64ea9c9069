package org.portcheck.extract.loa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcheck.config.RulesDirectory;
import org.portcheck.document.DocumentTestSupport;
import org.portcheck.extract.Block;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.SignatureState;
import org.portcheck.extract.ink.InkClassifier;
import org.portcheck.extract.ink.InkConfig;

/**
 * Real LOA pages (the sample corpus: text PDFs, AcroForms, 300-dpi scans, faxes) read end to end, document stage
 * included, and the state of each signature block checked against what is drawn there.
 */
class LoaReaderSignaturesTest {

    private static final SignatureState HAND = SignatureState.HAND_SIGNED;
    private static final SignatureState TYPED = SignatureState.TYPED;
    private static final SignatureState ILLEGIBLE = SignatureState.ILLEGIBLE;

    private final LoaReader reader = new LoaReader(new LoaProfiles(RulesDirectory.classpath()),
            new InkClassifier(new SmallRyeConfigBuilder().withMapping(InkConfig.class).build()
                    .getConfigMapping(InkConfig.class)),
            new SmallRyeConfigBuilder().withMapping(LoaConfig.class).build().getConfigMapping(LoaConfig.class));

    static Stream<Arguments> cases() {
        return Stream.of(
                // a 300-dpi scan spreads a pen's edge over more pixels than the 200-dpi reference: still hand-signed
                Arguments.of("30-account-number-nowhere", "loa.pdf", HAND, HAND),
                Arguments.of("140-bill-60-days-old-scan", "loa.pdf", HAND, HAND),
                // a felt-pen signature rendered from a text PDF at the ink resolution: soft-edged but dark
                Arguments.of("100-verizon-dsl-order", "loa.pdf", HAND, HAND),
                Arguments.of("260-extra-line-on-bill", "loa.pdf", HAND, HAND),
                // AcroForm signature fields holding typed names: the field's appearance is machine text
                Arguments.of("120-typed-esignatures-acroform", "loa.pdf", TYPED, TYPED),
                Arguments.of("170-typed-loa-no-bill", "loa.pdf", TYPED, TYPED),
                // smears: blurred and paled in a PDF, dithered by a fax
                Arguments.of("130-smeared-signature-acroform", "loa.pdf", ILLEGIBLE, HAND),
                Arguments.of("130-smeared-signature-fax", "loa.tif", HAND, ILLEGIBLE),
                Arguments.of("130-faint-signatures-scan", "loa.pdf", ILLEGIBLE, ILLEGIBLE));
    }

    @ParameterizedTest(name = "{0}: {2} / {3}")
    @MethodSource("cases")
    void shouldClassifyBothSignatureBlocksOfARealLoa(String sample, String file, SignatureState first,
                                                     SignatureState second) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("samples", sample, file));
        LoaFacts facts = reader.read(DocumentTestSupport.reader().read(bytes));
        Map<String, SignatureState> states = new TreeMap<>();
        for (Block b : facts.blocks()) {
            if (b.kind() == Block.Kind.SIGNATURE) {
                states.put(b.name(), b.state());
            }
        }
        assertEquals(Map.of("signature1", first, "signature2", second), states);
    }
}
