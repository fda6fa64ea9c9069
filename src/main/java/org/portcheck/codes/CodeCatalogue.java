package org.portcheck.codes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.portcheck.config.RulesDirectory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of porting codes, read from {@code codes.txt} in the rules folder at start-up. A wrong file stops
 * the start-up with a {@link CodesFileException} naming the file and the line.
 */
@Startup
@ApplicationScoped
public class CodeCatalogue {

    /** The file name inside the rules folder. */
    public static final String FILE = "codes.txt";

    private final List<PortingCode> codes;
    private final Map<Integer, PortingCode> byCode;

    @Inject
    public CodeCatalogue(RulesDirectory rules, CodesConfig config) {
        this(load(rules, config.placeholders()));
    }

    /** For plain tests and tools. */
    public CodeCatalogue(List<PortingCode> codes) {
        this.codes = List.copyOf(codes);
        this.byCode = this.codes.stream().collect(Collectors.toUnmodifiableMap(PortingCode::code, Function.identity()));
    }

    /** Reads {@link #FILE} from the rules folder (or the jar's copy). */
    public static List<PortingCode> load(RulesDirectory rules, Map<String, String> placeholders) {
        String location = rules.location(FILE);
        try (Reader reader = new InputStreamReader(rules.open(FILE), StandardCharsets.UTF_8)) {
            List<PortingCode> codes = CodesFile.parse(location, reader, placeholders);
            Log.infof("%d porting codes loaded from %s", codes.size(), location);
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the porting codes from " + location, e);
        }
    }

    /** The code with this number, if the catalogue has it. */
    public Optional<PortingCode> find(int code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every code, ordered by number. */
    public List<PortingCode> all() {
        return codes;
    }
}
