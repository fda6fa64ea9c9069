package org.portcheck.extract.carrier;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcheck.extract.normalize.PhoneNumbers;

/** {@code rules/coverage.tsv}: area codes that are not served; a number to port in one raises code 220. */
@Startup
@ApplicationScoped
public class CoverageTable {

    public static final String FILE = "coverage.tsv";

    private static final Pattern ROW = Pattern.compile("^\\s*(\\S+)(?:\\s+(.*))?$");
    private static final Pattern AREA_CODE = Pattern.compile("[2-9]\\d\\d");

    private Map<String, String> notServed;

    @Inject
    public CoverageTable(@ConfigProperty(name = RulesFiles.RULES_DIR_KEY, defaultValue = RulesFiles.DEFAULT_RULES_DIR)
                         String rulesDir) {
        RulesFiles.Table table = RulesFiles.read(rulesDir, FILE);
        init(table.reader(), table.source());
        Log.infof("Loaded %d area codes not served from %s", notServed.size(), table.source());
    }

    public CoverageTable(Path file) {
        RulesFiles.Table table = RulesFiles.read(file);
        init(table.reader(), table.source());
    }

    public CoverageTable(Reader reader, String source) {
        init(reader, source);
    }

    private void init(Reader reader, String source) {
        Map<String, String> map = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (RulesFiles.Row row : RulesFiles.rows(reader)) {
            Matcher m = ROW.matcher(row.text());
            if (!m.matches() || !AREA_CODE.matcher(m.group(1)).matches()) {
                throw new RulesTableException(source, row.line(),
                        "expected an area code NXX (three digits, first 2-9) then an optional note, found '"
                                + row.text().strip() + "'");
            }
            String code = m.group(1);
            if (map.containsKey(code)) {
                throw new RulesTableException(source, row.line(),
                        "area code " + code + " is already listed on line " + lineOf.get(code));
            }
            map.put(code, m.group(2) == null ? "" : m.group(2).strip());
            lineOf.put(code, row.line());
        }
        notServed = Map.copyOf(map);
    }

    /**
     * Whether the area code of a number (any common NANP format) or a bare 3-digit area code is served. Text that
     * is neither gives true: its validity is another check's business.
     */
    public boolean serves(String numberOrAreaCode) {
        return areaCode(numberOrAreaCode).map(a -> !notServed.containsKey(a)).orElse(true);
    }

    /** The operator's note for an area code that is not served. */
    public Optional<String> note(String numberOrAreaCode) {
        return areaCode(numberOrAreaCode).map(notServed::get);
    }

    public Set<String> notServed() {
        return notServed.keySet();
    }

    private static Optional<String> areaCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.matches("\\d{3}")) {
            return Optional.of(s);
        }
        return PhoneNumbers.toE164(s).map(e -> e.substring(2, 5));
    }
}
