package org.portcheck.extract.carrier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a table through the rules directory: the folder {@code portcheck.rules-dir} when it exists, else the copy
 * packed into the jar as classpath resource {@code rules/<file>}. Kept package-private and tiny on purpose: the lead
 * folds it into the shared {@code org.portcheck.config.RulesDirectory}.
 */
final class RulesFiles {

    static final String RULES_DIR_KEY = "portcheck.rules-dir";
    static final String DEFAULT_RULES_DIR = "rules";

    private RulesFiles() {
    }

    /** The table's text and a name for it that error messages use. */
    record Table(String source, String text) {
        Reader reader() {
            return new StringReader(text);
        }
    }

    static Table read(String rulesDir, String fileName) {
        Path dir = Path.of(rulesDir == null || rulesDir.isBlank() ? DEFAULT_RULES_DIR : rulesDir);
        if (Files.isDirectory(dir)) {
            return read(dir.resolve(fileName));
        }
        String resource = "rules/" + fileName;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RulesFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulesTableException("classpath:" + resource, 0,
                        "not found (and rules directory " + dir.toAbsolutePath() + " does not exist)");
            }
            return new Table("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RulesTableException("classpath:" + resource, "cannot be read", e);
        }
    }

    static Table read(Path file) {
        try {
            return new Table(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RulesTableException(file.toString(), "cannot be read", e);
        }
    }

    /** A data row of a table: its 1-based line number and its text without the line end. */
    record Row(int line, String text) {
    }

    /** The rows that hold data: comments (#) and blank lines dropped. */
    static List<Row> rows(Reader reader) {
        List<Row> rows = new ArrayList<>();
        try (var lines = new java.io.BufferedReader(reader)) {
            String text;
            int n = 0;
            while ((text = lines.readLine()) != null) {
                n++;
                if (n == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.strip().startsWith("#")) {
                    continue;
                }
                rows.add(new Row(n, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
