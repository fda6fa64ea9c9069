package org.portcheck.extract.loa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.portcheck.config.RulesDirectory;

/** The LOA profiles of {@code rules/loa-profiles.txt}, read and validated at start-up. */
@ApplicationScoped
public class LoaProfiles {

    static final String FILE = "loa-profiles.txt";

    private final List<LoaProfile> profiles;

    @Inject
    public LoaProfiles(RulesDirectory rules) {
        this(rules.read(FILE));
    }

    public LoaProfiles(String text) {
        this.profiles = parse(text);
    }

    public List<LoaProfile> all() {
        return profiles;
    }

    public Optional<LoaProfile> find(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static List<LoaProfile> parse(String text) {
        List<LoaProfile> out = new ArrayList<>();
        Builder current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("profile ")) {
                    if (current != null) {
                        out.add(current.build());
                    }
                    current = new Builder(line.substring("profile ".length()).strip());
                    continue;
                }
                if (current == null) {
                    throw new IllegalArgumentException("a 'profile <name>' line must come first");
                }
                current.add(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("rules/" + FILE + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (current != null) {
            out.add(current.build());
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("rules/" + FILE + ": no profile defined");
        }
        return List.copyOf(out);
    }

    private static final class Builder {
        final String name;
        final List<String> recognise = new ArrayList<>();
        final List<LoaProfile.FieldSpec> fields = new ArrayList<>();
        final List<LoaProfile.BlockSpec> initials = new ArrayList<>();
        final List<LoaProfile.BlockSpec> signatures = new ArrayList<>();
        LoaProfile.NumbersSpec numbers;

        Builder(String name) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("profile needs a name");
            }
            this.name = name;
        }

        void add(String line) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected '<statement>: <label> | <label>'");
            }
            String[] head = line.substring(0, colon).strip().split("\\s+");
            List<String> labels = Arrays.stream(line.substring(colon + 1).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (labels.isEmpty()) {
                throw new IllegalArgumentException("no label given");
            }
            switch (head[0]) {
                case "recognise" -> recognise.addAll(labels);
                case "field" -> {
                    expect(head, 3, "field <name> required|optional");
                    fields.add(new LoaProfile.FieldSpec(head[1], requiredFlag(head[2]), labels));
                }
                case "numbers" -> {
                    expect(head, 2, "numbers required|optional");
                    numbers = new LoaProfile.NumbersSpec(requiredFlag(head[1]), labels);
                }
                case "initials" -> {
                    expect(head, 4, "initials <name> page <n>");
                    if (!head[2].equals("page")) {
                        throw new IllegalArgumentException("expected 'initials <name> page <n>'");
                    }
                    initials.add(new LoaProfile.BlockSpec(head[1], pageNumber(head[3]), null, labels));
                }
                case "signature" -> {
                    expect(head, 4, "signature <name> date <dateField>");
                    if (!head[2].equals("date")) {
                        throw new IllegalArgumentException("expected 'signature <name> date <dateField>'");
                    }
                    signatures.add(new LoaProfile.BlockSpec(head[1], 0, head[3], labels));
                }
                default -> throw new IllegalArgumentException("unknown statement '" + head[0] + "'");
            }
        }

        private static void expect(String[] head, int n, String form) {
            if (head.length != n) {
                throw new IllegalArgumentException("expected '" + form + ":'");
            }
        }

        private static boolean requiredFlag(String s) {
            return switch (s) {
                case "required" -> true;
                case "optional" -> false;
                default -> throw new IllegalArgumentException("expected 'required' or 'optional', got '" + s + "'");
            };
        }

        private static int pageNumber(String s) {
            try {
                int page = Integer.parseInt(s);
                if (page < 1) {
                    throw new NumberFormatException();
                }
                return page;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("page must be a number from 1: '" + s + "'");
            }
        }

        LoaProfile build() {
            if (signatures.isEmpty()) {
                throw new IllegalArgumentException("profile " + name + " has no signature block");
            }
            return new LoaProfile(name, recognise, fields, numbers, initials, signatures);
        }
    }
}
