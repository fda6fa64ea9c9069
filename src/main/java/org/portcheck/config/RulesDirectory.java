package org.portcheck.config;

import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.util.Optional;

/**
 * The rules folder that operators edit, or, when that folder does not exist, the default copy inside the jar.
 *
 * <p>The choice is made once for the whole folder, not per file, so that an operator's folder is never silently mixed
 * with files from the jar. Every loader of a table or DRL file goes through here, and names {@link #location(String)}
 * in its error messages.
 */
@Singleton
public class RulesDirectory {

    /** Where the pom packs the {@code rules/} folder inside the jar. */
    public static final String CLASSPATH_ROOT = "rules/";

    private final Path directory;
    private final boolean onDisk;

    /**
     * {@code portcheck.rules-dir}: the rules folder, relative to the working directory unless absolute. A single
     * property rather than a {@code @ConfigMapping}: a mapping of the prefix {@code portcheck} would claim every
     * {@code portcheck.*} property and fail start-up on those that belong to no mapping (the tests'
     * {@code portcheck.project-dir}).
     */
    @Inject
    RulesDirectory(@ConfigProperty(name = "portcheck.rules-dir", defaultValue = "rules") String rulesDir) {
        this(Path.of(rulesDir));
    }

    /** For plain tests and tools: reads from {@code directory} when it exists, else from the classpath. */
    public RulesDirectory(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.onDisk = Files.isDirectory(this.directory);
        if (onDisk) {
            Log.infof("rules are read from %s", this.directory);
        } else {
            Log.infof("rules folder %s does not exist; using the copy packed in the application", this.directory);
        }
    }

    /** Reads only the copy inside the jar. */
    public static RulesDirectory classpath() {
        return new RulesDirectory(Path.of("/nonexistent-portcheck-rules"));
    }

    /** True when files come from the folder on disk, false when from the jar. */
    public boolean onDisk() {
        return onDisk;
    }

    /** The folder on disk, when it is in use. */
    public Optional<Path> directory() {
        return onDisk ? Optional.of(directory) : Optional.empty();
    }

    /**
     * The file on disk, when the folder is in use and the file is in it; empty when reading from the jar or when the
     * folder lacks the file.
     */
    public Optional<Path> resolve(String fileName) {
        if (!onDisk) {
            return Optional.empty();
        }
        Path file = directory.resolve(checkName(fileName)).normalize();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** True when the file exists where files are read from. */
    public boolean exists(String fileName) {
        if (onDisk) {
            return resolve(fileName).isPresent();
        }
        return classLoader().getResource(CLASSPATH_ROOT + checkName(fileName)) != null;
    }

    /**
     * Opens a file of the rules folder (e.g. {@code "codes.txt"}, {@code "drl/loa.drl"}).
     *
     * @throws NoSuchFileException naming {@link #location(String)} when it is not there
     */
    public InputStream open(String fileName) throws IOException {
        String name = checkName(fileName);
        if (onDisk) {
            Path file = directory.resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return Files.newInputStream(file);
        }
        InputStream in = classLoader().getResourceAsStream(CLASSPATH_ROOT + name);
        if (in == null) {
            throw new NoSuchFileException(location(name));
        }
        return in;
    }

    /** Where a file is read from, for messages: a path on disk or {@code classpath:rules/<name>}. */
    public String location(String fileName) {
        String name = checkName(fileName);
        return onDisk ? directory.resolve(name).normalize().toString() : "classpath:" + CLASSPATH_ROOT + name;
    }

    /** The whole text of a file of the rules folder (UTF-8); a missing file stops start-up naming where it was looked for. */
    public String read(String fileName) {
        try (InputStream in = open(fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + location(fileName) + ": " + e.getMessage(), e);
        }
    }

    /** Every file of the folder whose name ends with {@code suffix}, by name, in name order. */
    public Map<String, String> readAll(String suffix) {
        Map<String, String> out = new TreeMap<>();
        for (String name : list()) {
            if (name.endsWith(suffix)) {
                out.put(name, read(name));
            }
        }
        return out;
    }

    /** The names of the files at the top of the folder (on disk, or in the jar's copy). */
    List<String> list() {
        try {
            if (onDisk) {
                try (Stream<Path> files = Files.list(directory)) {
                    return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
                }
            }
            URL marker = classLoader().getResource(CLASSPATH_ROOT + "codes.txt");
            if (marker == null) {
                return List.of();
            }
            URI root = marker.toURI().resolve(".");
            if ("jar".equals(root.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(marker.toURI());
                } catch (java.nio.file.FileSystemNotFoundException notOpenYet) {
                    jar = FileSystems.newFileSystem(marker.toURI(), Map.of());
                }
                try (Stream<Path> files = Files.list(jar.getPath(CLASSPATH_ROOT))) {
                    return files.map(f -> f.getFileName().toString().replace("/", "")).sorted().toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(root))) {
                return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the rules folder " + (onDisk ? directory : "classpath:" + CLASSPATH_ROOT) + ": " + e.getMessage(), e);
        }
    }

    // names are relative paths inside the folder: nothing may climb out of it
    private static String checkName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        Path relative = Path.of(fileName).normalize();
        if (fileName.isBlank() || relative.isAbsolute() || relative.startsWith("..")) {
            throw new IllegalArgumentException("not a file name inside the rules folder: " + fileName);
        }
        return relative.toString().replace('\\', '/');
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RulesDirectory.class.getClassLoader();
    }
}
