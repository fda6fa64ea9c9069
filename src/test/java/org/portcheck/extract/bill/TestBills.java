package org.portcheck.extract.bill;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcheck.document.Box;
import org.portcheck.document.Document;
import org.portcheck.document.Page;
import org.portcheck.document.Source;
import org.portcheck.document.Word;
import org.portcheck.extract.carrier.CarrierTable;

/**
 * Lays lines of text out as a text-layer page would: 6 pt per character, 10 pt high words, 14 pt between lines, so
 * that columns written with runs of spaces become wide gaps, as they are on a printed bill.
 */
final class TestBills {

    static final int CHAR_WIDTH = 6;
    static final int WORD_HEIGHT = 10;
    static final int LINE_PITCH = 14;
    static final int MARGIN = 40;

    private TestBills() {
    }

    static Document document(String... lines) {
        return new Document(List.of(page(1, Source.TEXT_LAYER, 1.0, lines)), Source.TEXT_LAYER, Map.of(), Map.of(), 0);
    }

    static Page page(int number, Source source, double confidence, String... lines) {
        List<Word> words = new ArrayList<>();
        for (int row = 0; row < lines.length; row++) {
            String line = lines[row];
            int i = 0;
            while (i < line.length()) {
                if (line.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < line.length() && line.charAt(i) != ' ') {
                    i++;
                }
                String text = line.substring(start, i);
                words.add(new Word(text, new Box(MARGIN + start * CHAR_WIDTH, MARGIN + row * LINE_PITCH,
                        text.length() * CHAR_WIDTH, WORD_HEIGHT), confidence));
            }
        }
        return new Page(number, 612, 792, source, 72, words, null, 1);
    }

    static BillConfig config() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(BillConfig.class).build();
        return config.getConfigMapping(BillConfig.class);
    }

    static CarrierTable carriers() {
        return new CarrierTable(Path.of("rules", CarrierTable.FILE));
    }

    static BillReader reader() {
        return new BillReader(carriers(), config());
    }
}
