package org.portcheck.qa.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.portcheck.api.OrderParser;
import org.portcheck.document.DocumentReader;
import org.portcheck.extract.BillFacts;
import org.portcheck.extract.LoaFacts;
import org.portcheck.extract.Order;
import org.portcheck.extract.bill.BillReader;
import org.portcheck.extract.loa.LoaReader;
import org.portcheck.qa.PrecheckClient;
import org.portcheck.rules.FactAssembler;
import org.portcheck.rules.PrecheckRules;

/**
 * The rules stage alone, below the whole milliseconds a response's {@code rulesMs} can show: the facts of each
 * text/AcroForm case are read and assembled once, then {@link PrecheckRules#evaluate} (a new session on the KieBase
 * built at start-up) is timed many times over them in turn.
 */
@ApplicationScoped
public class RulesTiming {

    /** Untimed evaluations first, so that the JIT has compiled the session's code. */
    private static final int WARM_UP_RUNS = 200;

    /** The figures: how many cases' facts, how many timed runs, and their median and p95. */
    public record Figures(int cases, int runs, double medianMs, double p95Ms) {
    }

    private final DocumentReader documents;
    private final LoaReader loaReader;
    private final BillReader billReader;
    private final FactAssembler assembler;
    private final PrecheckRules rules;

    @Inject
    public RulesTiming(DocumentReader documents, LoaReader loaReader, BillReader billReader, FactAssembler assembler,
                       PrecheckRules rules) {
        this.documents = documents;
        this.loaReader = loaReader;
        this.billReader = billReader;
        this.assembler = assembler;
        this.rules = rules;
    }

    /** Null when the corpus has no text/AcroForm pair. */
    public Figures measure(BenchCorpus corpus, int runs) {
        List<List<Object>> factSets = corpus.textPairs().stream().map(c -> facts(corpus.caseParts(c))).toList();
        if (factSets.isEmpty()) {
            return null;
        }
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            rules.evaluate(factSets.get(i % factSets.size()));
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<Object> facts = factSets.get(i % factSets.size());
            long start = System.nanoTime();
            rules.evaluate(facts);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return new Figures(factSets.size(), runs, Stats.median(ms), Stats.percentile(ms, 95));
    }

    private List<Object> facts(PrecheckClient.Parts parts) {
        LoaFacts loa = parts.loa() == null ? null : loaReader.read(documents.read(parts.loa()));
        BillFacts bill = parts.bill() == null ? null : billReader.read(documents.read(parts.bill()));
        Order order = parts.order() == null || parts.order().length == 0 ? null
                : OrderParser.parse(new String(parts.order(), StandardCharsets.UTF_8));
        return assembler.assemble(loa, bill, order, parts.asOf());
    }
}
