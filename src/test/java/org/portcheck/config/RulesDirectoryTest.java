package org.portcheck.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesDirectoryTest {

    @Test
    void shouldReadFromTheFolderWhenItExists(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("carriers.txt"), "operator copy");
        RulesDirectory rules = new RulesDirectory(dir);
        assertTrue(rules.onDisk());
        assertEquals(dir.resolve("carriers.txt"), rules.resolve("carriers.txt").orElseThrow());
        try (InputStream in = rules.open("carriers.txt")) {
            assertEquals("operator copy", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // the folder is used whole: a file it lacks is missing, not taken from the jar
        assertFalse(rules.exists("codes.txt"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> rules.open("codes.txt"));
        assertEquals(dir.resolve("codes.txt").toString(), e.getMessage());
    }

    @Test
    void shouldFallBackToTheJarCopyWhenTheFolderIsAbsent(@TempDir Path dir) throws IOException {
        RulesDirectory rules = new RulesDirectory(dir.resolve("missing"));
        assertFalse(rules.onDisk());
        assertTrue(rules.resolve("codes.txt").isEmpty());
        assertTrue(rules.exists("codes.txt"));
        try (InputStream in = rules.open("codes.txt")) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("code: 150"));
        }
        assertThrows(NoSuchFileException.class, () -> rules.open("no-such-table.txt"));
    }

    @Test
    void shouldRefuseNamesOutsideTheFolder(@TempDir Path dir) {
        RulesDirectory rules = new RulesDirectory(dir);
        assertThrows(IllegalArgumentException.class, () -> rules.open("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> rules.open("/etc/passwd"));
    }
}
