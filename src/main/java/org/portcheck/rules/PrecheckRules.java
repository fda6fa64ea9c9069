package org.portcheck.rules;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.portcheck.config.RulesDirectory;

/**
 * The one bean in front of Drools: compiles every DRL file of {@code rules/} into one KieBase at start-up (a broken
 * rule stops start-up naming the file and line) and evaluates a precheck's facts into findings, one per code.
 */
@ApplicationScoped
@Startup
public class PrecheckRules {

    private static final String DRL_SUFFIX = ".drl";

    private final KieBase kieBase;
    private final List<String> files;

    @Inject
    public PrecheckRules(RulesDirectory rulesDirectory) {
        this(rulesDirectory.readAll(DRL_SUFFIX));
    }

    /** Compiles the given DRL texts, keyed by file name. */
    public PrecheckRules(Map<String, String> drlByFile) {
        if (drlByFile.isEmpty()) {
            throw new IllegalStateException("no " + DRL_SUFFIX + " file found in the rules directory");
        }
        this.files = List.copyOf(drlByFile.keySet());
        this.kieBase = compile(drlByFile);
        // The first session pays for building the network's lazy parts; pay it at start-up, not on a request.
        evaluate(List.of(new Presence(java.time.LocalDate.now(), false, false, false, false)));
        Log.infof("compiled %d rule files into one KieBase: %s", files.size(), files);
    }

    public List<String> files() {
        return files;
    }

    /** Runs the rules over one precheck's facts; one finding per code (evidence merged), ordered by code. */
    public List<Finding> evaluate(Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            List<Finding> raised = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                raised.add((Finding) o);
            }
            return mergeByCode(raised);
        } finally {
            session.dispose();
        }
    }

    private static List<Finding> mergeByCode(List<Finding> raised) {
        Map<Integer, List<Finding>> byCode = raised.stream()
                .sorted(Comparator.comparing(Finding::code).thenComparing(f -> String.valueOf(f.reason())))
                .collect(Collectors.groupingBy(Finding::code, LinkedHashMap::new, Collectors.toList()));
        List<Finding> merged = new ArrayList<>();
        byCode.forEach((code, same) -> {
            List<Evidence> evidence = same.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
            String reason = same.stream().map(Finding::reason).distinct().collect(Collectors.joining("; "));
            merged.add(new Finding(code, reason, evidence));
        });
        merged.sort(Comparator.comparing(Finding::code));
        return merged;
    }

    private KieBase compile(Map<String, String> drlByFile) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        // A fresh release id per build so that several KieBases (tests, reloads) never overwrite each other.
        ReleaseId releaseId = services.newReleaseId("org.portcheck", "rules-" + UUID.randomUUID(), "1.0.0");
        fileSystem.generateAndWritePomXML(releaseId);
        drlByFile.forEach((name, text) -> fileSystem.write(resourcePath(name, text), text));
        ClassLoader classLoader = getClass().getClassLoader();
        KieBuilder builder = services.newKieBuilder(fileSystem, classLoader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            String where = errors.stream()
                    .map(m -> "rules/" + fileName(m.getPath()) + " line " + m.getLine() + ": " + m.getText())
                    .collect(Collectors.joining("\n"));
            throw new IllegalStateException("the rules do not compile:\n" + where);
        }
        return services.newKieContainer(releaseId, classLoader).getKieBase();
    }

    /** Where Drools expects a DRL file: in the folder of the package it declares. */
    private static String resourcePath(String fileName, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(text);
        String folder = m.find() ? m.group(1).replace('.', '/') : "org/portcheck/rules";
        return "src/main/resources/" + folder + "/" + fileName;
    }

    private static String fileName(String path) {
        return path == null ? "?" : path.substring(path.lastIndexOf('/') + 1);
    }
}
