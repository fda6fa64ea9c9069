package org.portcheck.codes;

/** The codes file is wrong; the message names the file and the line so that an operator can fix it. */
public class CodesFileException extends RuntimeException {

    private final String location;
    private final int line;

    public CodesFileException(String location, int line, String problem) {
        super(location + (line > 0 ? ":" + line : "") + ": " + problem);
        this.location = location;
        this.line = line;
    }

    /** The file, as {@link org.portcheck.config.RulesDirectory#location(String)} names it. */
    public String location() {
        return location;
    }

    /** The 1-based line, or 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
