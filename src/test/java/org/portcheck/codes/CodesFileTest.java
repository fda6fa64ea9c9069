package org.portcheck.codes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcheck.config.RulesDirectory;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodesFileTest {

    private static final Map<String, String> PLACEHOLDERS =
            Map.of("company", "Acme Voice", "loaEmail", "ports@acme.test", "fax", "(212) 555-0123",
                    "supportPhone", "(212) 555-0188");

    private static List<PortingCode> parse(String text) {
        return CodesFile.parse("rules/codes.txt", new StringReader(text), PLACEHOLDERS);
    }

    @Test
    void shouldReadBlocksFillPlaceholdersAndKeepLists() {
        List<PortingCode> codes = parse("""
                # a comment
                code: 20
                title: Second
                precheck: false
                message:
                Call {company} at {supportPhone}.

                code: 10
                title: First
                precheck: true
                trigger: when the LOA is blank
                message: Please send the form
                to {loaEmail} or fax {fax}. Check:
                - all fields
                - initials on
                  both pages
                # not part of the message
                1. numbered step

                Last paragraph.
                """);
        assertEquals(List.of(10, 20), codes.stream().map(PortingCode::code).toList());
        PortingCode first = codes.get(0);
        assertEquals("when the LOA is blank", first.trigger());
        assertEquals("""
                Please send the form to ports@acme.test or fax (212) 555-0123. Check:
                - all fields
                - initials on both pages
                1. numbered step

                Last paragraph.""", first.message());
        assertNull(codes.get(1).trigger());
        assertEquals("Call Acme Voice at (212) 555-0188.", codes.get(1).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "duplicate code | code: 10\\ntitle: A\\nprecheck: false\\nmessage:\\nx\\ncode: 10\\ntitle: B\\nprecheck: false\\nmessage:\\ny | 6 | duplicate code 10 (first at line 1)",
        "missing title | code: 10\\nprecheck: false\\nmessage:\\nx | 1 | has no 'title:'",
        "missing message | code: 10\\ntitle: A\\nprecheck: false\\n\\ncode: 20\\ntitle: B\\nprecheck: false\\nmessage:\\ny | 1 | has no 'message:'",
        "empty message | code: 10\\ntitle: A\\nprecheck: false\\nmessage:\\n\\n# only a comment\\n | 4 | empty message",
        "unknown key | code: 10\\ntitel: A\\nprecheck: false\\nmessage:\\nx | 2 | unknown key 'titel'",
        "no trigger | code: 10\\ntitle: A\\nprecheck: true\\nmessage:\\nx | 1 | precheck code but has no 'trigger:'",
        "trigger on carrier code | code: 10\\ntitle: A\\nprecheck: false\\ntrigger: t\\nmessage:\\nx | 4 | takes no trigger",
        "bad precheck | code: 10\\ntitle: A\\nprecheck: yes\\nmessage:\\nx | 3 | precheck must be true or false",
        "unknown placeholder | code: 10\\ntitle: A\\nprecheck: false\\nmessage:\\nmail {email} now | 5 | unknown placeholder {email}",
        "bad code | code: ten\\ntitle: A\\nprecheck: false\\nmessage:\\nx | 1 | positive whole number",
        "text before a block | title: A\\ncode: 10 | 1 | expected a block starting with 'code:'",
        "key given twice | code: 10\\ntitle: A\\ntitle: B\\nprecheck: false\\nmessage:\\nx | 3 | 'title:' given twice",
    })
    void shouldRejectABrokenFileNamingFileAndLine(String name, String text, int line, String problem) {
        CodesFileException e = assertThrows(CodesFileException.class, () -> parse(text.replace("\\n", "\n")));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("rules/codes.txt:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void shouldFailStartUpLoadOfABrokenFolderNamingThePath(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("codes.txt"), "code: 10\ntitle: A\nprecheck: maybe\nmessage:\nx\n");
        RulesDirectory rules = new RulesDirectory(dir);
        CodesFileException e = assertThrows(CodesFileException.class,
                () -> new CodeCatalogue(rules, new DefaultCodesConfig()));
        assertEquals(dir.resolve("codes.txt") + ":3: precheck must be true or false, not 'maybe'", e.getMessage());
    }

    @Test
    void shouldReadTheShippedFileFromTheJarCopyWhenTheFolderIsAbsent() {
        RulesDirectory rules = RulesDirectory.classpath();
        assertEquals("classpath:rules/codes.txt", rules.location(CodeCatalogue.FILE));
        List<PortingCode> codes = CodeCatalogue.load(rules, PLACEHOLDERS);
        assertEquals(38, codes.size());
        assertTrue(codes.stream().noneMatch(c -> c.message().contains("{") || c.message().contains("}")));
    }

    /** The defaults of {@link CodesConfig}, without starting Quarkus. */
    private static final class DefaultCodesConfig implements CodesConfig {
        public String name() {
            return "portcheck";
        }

        public String loaEmail() {
            return "loa@portcheck.example";
        }

        public String fax() {
            return "(415) 555-0142";
        }

        public String supportPhone() {
            return "(415) 555-0177";
        }
    }
}
