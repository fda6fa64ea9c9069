package org.portcheck.extract.carrier;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcheck.extract.normalize.Addresses;

/** {@code rules/zip3-states.tsv}: which state, district, territory or military post a ZIP code belongs to (code 20). */
@Startup
@ApplicationScoped
public class Zip3Table {

    public static final String FILE = "zip3-states.tsv";

    private static final Pattern ROW = Pattern.compile("^\\s*(\\d{3}|\\d{5})(?:\\s*-\\s*(\\d{3}|\\d{5}))?\\s+(\\S+)\\s*$");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("^\\s*(\\d{5})(?:\\s*-?\\s*\\d{4})?\\s*$");
    private static final int ZIP3_COUNT = 1000;

    private String[] byZip3;
    private List<Zip5Range> zip5;
    private Set<String> codes;

    private record Zip5Range(int first, int last, String code, int line) {
    }

    @Inject
    public Zip3Table(@ConfigProperty(name = RulesFiles.RULES_DIR_KEY, defaultValue = RulesFiles.DEFAULT_RULES_DIR)
                     String rulesDir) {
        RulesFiles.Table table = RulesFiles.read(rulesDir, FILE);
        init(table.reader(), table.source());
        Log.infof("Loaded ZIP prefixes of %d states and territories from %s", codes.size(), table.source());
    }

    public Zip3Table(Path file) {
        RulesFiles.Table table = RulesFiles.read(file);
        init(table.reader(), table.source());
    }

    public Zip3Table(Reader reader, String source) {
        init(reader, source);
    }

    private void init(Reader reader, String source) {
        String[] zip3 = new String[ZIP3_COUNT];
        int[] zip3Line = new int[ZIP3_COUNT];
        List<Zip5Range> ranges = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RulesFiles.Row row : RulesFiles.rows(reader)) {
            Matcher m = ROW.matcher(row.text());
            if (!m.matches()) {
                throw new RulesTableException(source, row.line(),
                        "expected 'first[-last] CODE' with 3- or 5-digit ZIP prefixes, found '" + row.text().strip() + "'");
            }
            String firstText = m.group(1);
            String lastText = m.group(2) == null ? firstText : m.group(2);
            if (firstText.length() != lastText.length()) {
                throw new RulesTableException(source, row.line(), "a range's two ends must have the same length");
            }
            String code = m.group(3);
            if (!CODE.matcher(code).matches()) {
                throw new RulesTableException(source, row.line(),
                        "'" + code + "' is not a two-letter upper-case USPS code");
            }
            int first = Integer.parseInt(firstText);
            int last = Integer.parseInt(lastText);
            if (first > last) {
                throw new RulesTableException(source, row.line(), "range " + firstText + "-" + lastText + " runs backwards");
            }
            if (firstText.length() == 3) {
                for (int p = first; p <= last; p++) {
                    if (zip3[p] != null) {
                        throw new RulesTableException(source, row.line(), String.format(
                                "prefix %03d is already given to %s on line %d", p, zip3[p], zip3Line[p]));
                    }
                    zip3[p] = code;
                    zip3Line[p] = row.line();
                }
            } else {
                for (Zip5Range r : ranges) {
                    if (first <= r.last() && r.first() <= last) {
                        throw new RulesTableException(source, row.line(),
                                "range overlaps the one on line " + r.line());
                    }
                }
                ranges.add(new Zip5Range(first, last, code, row.line()));
            }
            seen.add(code);
        }
        if (seen.isEmpty()) {
            throw new RulesTableException(source, 0, "no ZIP prefixes");
        }
        byZip3 = zip3;
        zip5 = List.copyOf(ranges);
        codes = Collections.unmodifiableSet(seen);
    }

    /** The USPS code (state, DC, territory, AA/AE/AP) of a 5-digit or ZIP+4 code; empty when malformed or unallocated. */
    public Optional<String> stateOf(String zip) {
        if (zip == null) {
            return Optional.empty();
        }
        Matcher m = ZIP.matcher(zip);
        if (!m.matches()) {
            return Optional.empty();
        }
        int five = Integer.parseInt(m.group(1));
        for (Zip5Range r : zip5) {
            if (five >= r.first() && five <= r.last()) {
                return Optional.of(r.code());
            }
        }
        return Optional.ofNullable(byZip3[five / 100]);
    }

    /**
     * Whether the ZIP belongs to the state (a USPS code or a full name, any case). A malformed ZIP, an unallocated
     * prefix or an unknown state does not belong.
     */
    public boolean belongsTo(String zip, String state) {
        Optional<String> code = Addresses.stateCode(state);
        return code.isPresent() && stateOf(zip).map(code.get()::equals).orElse(false);
    }

    /** Every code the table gives a ZIP to. */
    public Set<String> codes() {
        return codes;
    }
}
