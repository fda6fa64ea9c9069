package org.portcheck.extract.carrier;

/** An operator-edited table under {@code rules/} that cannot be used; the message names the file and the line. */
public class RulesTableException extends RuntimeException {

    public RulesTableException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public RulesTableException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
