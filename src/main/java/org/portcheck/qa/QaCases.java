package org.portcheck.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the case folders of a tree laid out as spec/samples.md says: every folder holding an expected.json. */
public final class QaCases {

    /** The file types a document may come in, by file extension. */
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "tif", "tiff");
    static final String EXPECTED = "expected.json";
    static final String ORDER = "order.json";
    /** Deep enough for trees grouped by family (root/family/case) without walking into unrelated folders forever. */
    private static final int MAX_DEPTH = 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    private QaCases() {
    }

    /** The cases under root, sorted by their path relative to root. Root itself counts when it holds an expected.json. */
    public static List<QaCase> scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a folder");
        }
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            dirs = walk.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve(EXPECTED))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not walk " + root, e);
        }
        List<QaCase> cases = new ArrayList<>();
        for (Path dir : dirs) {
            String name = root.relativize(dir).toString().replace('\\', '/');
            cases.add(read(name.isEmpty() ? dir.getFileName().toString() : name, dir));
        }
        return cases;
    }

    /**
     * Folders under root that hold a case's files (a document, order.json or expected.json) but no expected.json:
     * cases the run cannot take, so they are named rather than silently left out.
     */
    public static List<Path> withoutExpected(Path root) {
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            return walk.filter(Files::isDirectory).filter(QaCases::holdsCaseFiles)
                    .filter(d -> !Files.isRegularFile(d.resolve(EXPECTED))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not walk " + root, e);
        }
    }

    /** Whether a folder holds any file of a case: a loa or bill document, order.json or expected.json. */
    public static boolean holdsCaseFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> isDocument(f, "loa") || isDocument(f, "bill")
                    || f.getFileName().toString().equals(ORDER) || f.getFileName().toString().equals(EXPECTED));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    static QaCase read(String name, Path dir) {
        List<String> problems = new ArrayList<>();
        Path loa = document(dir, "loa", problems);
        Path bill = document(dir, "bill", problems);
        Path order = Files.isRegularFile(dir.resolve(ORDER)) ? dir.resolve(ORDER) : null;
        LocalDate asOf = null;
        TreeSet<Integer> codes = new TreeSet<>();
        String note = null;
        try {
            JsonNode expected = JSON.readTree(dir.resolve(EXPECTED).toFile());
            if (expected == null || !expected.isObject()) {
                problems.add("expected.json is not a JSON object");
            } else {
                JsonNode day = expected.get("asOf");
                if (day == null || !day.isTextual()) {
                    problems.add("expected.json has no asOf");
                } else {
                    asOf = LocalDate.parse(day.asText());
                }
                JsonNode list = expected.get("codes");
                if (list == null || !list.isArray()) {
                    problems.add("expected.json has no codes array");
                } else {
                    for (JsonNode c : list) {
                        if (!c.canConvertToInt()) {
                            problems.add("expected.json code " + c + " is not a number");
                        } else {
                            codes.add(c.asInt());
                        }
                    }
                }
                note = expected.path("note").asText("");
            }
        } catch (DateTimeParseException e) {
            problems.add("expected.json asOf is not a YYYY-MM-DD date");
        } catch (IOException e) {
            problems.add("expected.json is not valid JSON");
        }
        return new QaCase(name, dir, loa, bill, order, asOf, codes, note,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** The one file named part.ext of the case; more than one is a problem of the case (spec: at most one). */
    private static Path document(Path dir, String part, List<String> problems) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).filter(f -> isDocument(f, part)).sorted().forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
        if (found.size() > 1) {
            problems.add("more than one " + part + " file: " + found.stream().map(p -> p.getFileName().toString()).toList());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean isDocument(Path file, String part) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && n.substring(0, dot).equals(part) && DOCUMENT_EXTENSIONS.contains(n.substring(dot + 1));
    }

    /** The lower-case extension of a document file, with jpeg and tiff spelled as jpg and tif. */
    static String extension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = n.substring(n.lastIndexOf('.') + 1);
        return switch (ext) {
            case "jpeg" -> "jpg";
            case "tiff" -> "tif";
            default -> ext;
        };
    }
}
