package org.portcheck.extract.layout;

import java.util.List;
import java.util.stream.Collectors;
import org.portcheck.document.Box;
import org.portcheck.document.Word;

/** Words that share a baseline, left to right. */
public record TextLine(int page, List<Word> words, Box box) {

    public TextLine {
        words = List.copyOf(words);
    }

    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public static Box boxOf(List<Word> words) {
        Box box = words.get(0).box();
        for (Word w : words) {
            box = box.union(w.box());
        }
        return box;
    }
}
