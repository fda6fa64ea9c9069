package org.portcheck.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the codes file ({@code rules/codes.txt}); its header comment describes the format. Every mistake is a
 * {@link CodesFileException} that names the file and the line.
 */
public final class CodesFile {

    private static final Set<String> KEYS = Set.of("code", "title", "precheck", "trigger", "message");
    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)$");
    // only "code:" ends a message, so message text may itself contain "word:" at the start of a line
    private static final Pattern BLOCK_START = Pattern.compile("^code\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:- |\\d{1,2}\\. )");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private CodesFile() {
    }

    /**
     * Parses a codes file.
     *
     * @param location     how to name the file in errors
     * @param reader       its text
     * @param placeholders placeholder name to value; any other {@code {name}} in the file is an error
     * @return the codes, ordered by code number
     */
    public static List<PortingCode> parse(String location, Reader reader, Map<String, String> placeholders) {
        List<String> lines;
        try (BufferedReader in = new BufferedReader(reader)) {
            lines = in.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CodesFileException(location, 0, "cannot be read");
        }
        return new Parser(location, lines, placeholders).parse();
    }

    private static final class Parser {
        private final String location;
        private final List<String> lines;
        private final Map<String, String> placeholders;
        private final Map<Integer, Integer> codeLines = new HashMap<>();
        private final List<PortingCode> codes = new ArrayList<>();

        Parser(String location, List<String> lines, Map<String, String> placeholders) {
            this.location = location;
            this.lines = lines;
            this.placeholders = placeholders;
        }

        List<PortingCode> parse() {
            Block block = null;
            for (int i = 0; i < lines.size(); i++) {
                int lineNo = i + 1;
                String line = stripTrailing(lines.get(i));
                if (line.startsWith("#")) {
                    continue;
                }
                if (BLOCK_START.matcher(line).find()) {
                    finish(block);
                    block = new Block(lineNo);
                    block.put("code", line.substring(line.indexOf(':') + 1).trim(), lineNo);
                    continue;
                }
                if (block != null && block.inMessage) {
                    checkPlaceholders(line, lineNo);
                    block.messageLines.add(new NumberedLine(lineNo, line));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (block == null) {
                    throw error(lineNo, "expected a block starting with 'code:'");
                }
                Matcher key = KEY_LINE.matcher(line);
                if (!key.matches()) {
                    throw error(lineNo, "expected 'key: value' (keys: code, title, precheck, trigger, message)");
                }
                String name = key.group(1);
                if (!KEYS.contains(name)) {
                    throw error(lineNo, "unknown key '" + name + "' (keys: code, title, precheck, trigger, message)");
                }
                String value = key.group(2).trim();
                checkPlaceholders(value, lineNo);
                if (block.keyLines.containsKey(name)) {
                    throw error(lineNo, "'" + name + ":' given twice (first at line " + block.keyLines.get(name) + ")");
                }
                if (name.equals("message")) {
                    block.startMessage(value, lineNo);
                } else {
                    block.put(name, value, lineNo);
                }
            }
            finish(block);
            if (codes.isEmpty()) {
                throw error(0, "holds no codes");
            }
            codes.sort((a, b) -> Integer.compare(a.code(), b.code()));
            return List.copyOf(codes);
        }

        private void finish(Block block) {
            if (block == null) {
                return;
            }
            int code = parseCode(block);
            Integer earlier = codeLines.putIfAbsent(code, block.startLine);
            if (earlier != null) {
                throw error(block.startLine, "duplicate code " + code + " (first at line " + earlier + ")");
            }
            String title = required(block, "title", code);
            String precheckText = required(block, "precheck", code);
            if (!precheckText.equals("true") && !precheckText.equals("false")) {
                throw error(block.lineOf("precheck"), "precheck must be true or false, not '" + precheckText + "'");
            }
            boolean precheck = Boolean.parseBoolean(precheckText);
            String trigger = block.values.get("trigger");
            if (precheck && (trigger == null || trigger.isBlank())) {
                throw error(block.startLine, "code " + code + " is a precheck code but has no 'trigger:'");
            }
            if (!precheck && trigger != null) {
                throw error(block.lineOf("trigger"), "code " + code + " is not a precheck code, so it takes no trigger");
            }
            if (!block.hasMessage) {
                throw error(block.startLine, "code " + code + " has no 'message:'");
            }
            String message = format(block.messageLines);
            if (message.isBlank()) {
                throw error(block.messageLine, "code " + code + " has an empty message");
            }
            codes.add(new PortingCode(code, fill(title), fill(message), precheck,
                    precheck ? fill(trigger) : null));
        }

        private int parseCode(Block block) {
            String text = block.values.get("code");
            try {
                int code = Integer.parseInt(text);
                if (code > 0) {
                    return code;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(block.startLine, "code must be a positive whole number, not '" + text + "'");
        }

        private String required(Block block, String key, int code) {
            String value = block.values.get(key);
            if (value == null || value.isBlank()) {
                throw error(block.startLine, "code " + code + " has no '" + key + ":'");
            }
            return value;
        }

        private void checkPlaceholders(String text, int lineNo) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!placeholders.containsKey(m.group(1))) {
                    throw error(lineNo, "unknown placeholder {" + m.group(1) + "} (known: "
                            + String.join(", ", placeholders.keySet().stream().sorted().map(p -> "{" + p + "}").toList())
                            + ")");
                }
            }
        }

        private String fill(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(placeholders.get(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private CodesFileException error(int lineNo, String problem) {
            return new CodesFileException(location, lineNo, problem);
        }
    }

    /**
     * Joins the message's lines: neighbouring lines become one paragraph, list items stay on lines of their own (an
     * indented line continues the item above it), blank lines separate paragraphs.
     */
    static String format(List<NumberedLine> raw) {
        List<StringBuilder> elements = new ArrayList<>();
        List<Boolean> isItem = new ArrayList<>();
        boolean afterBlank = true;
        for (NumberedLine numbered : raw) {
            String line = numbered.text();
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            String text = line.strip();
            boolean item = LIST_ITEM.matcher(text).find();
            boolean last = !elements.isEmpty();
            boolean continuesItem = last && !afterBlank && isItem.get(isItem.size() - 1)
                    && Character.isWhitespace(line.charAt(0));
            boolean continuesParagraph = last && !afterBlank && !item && !isItem.get(isItem.size() - 1);
            if (!item && (continuesItem || continuesParagraph)) {
                elements.get(elements.size() - 1).append(' ').append(text);
            } else {
                if (last && afterBlank) {
                    // a blank line ends a paragraph or a list: mark it by an empty element
                    elements.add(new StringBuilder());
                    isItem.add(false);
                }
                elements.add(new StringBuilder(text));
                isItem.add(item);
            }
            afterBlank = false;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            StringBuilder element = elements.get(i);
            if (element.isEmpty()) {
                out.append('\n');
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(element);
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }

    record NumberedLine(int number, String text) {
    }

    private static final class Block {
        final int startLine;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> keyLines = new HashMap<>();
        final List<NumberedLine> messageLines = new ArrayList<>();
        boolean inMessage;
        boolean hasMessage;
        int messageLine;

        Block(int startLine) {
            this.startLine = startLine;
        }

        void put(String key, String value, int lineNo) {
            keyLines.put(key, lineNo);
            values.put(key, value);
        }

        void startMessage(String firstLine, int lineNo) {
            hasMessage = true;
            inMessage = true;
            messageLine = lineNo;
            if (!firstLine.isBlank()) {
                messageLines.add(new NumberedLine(lineNo, firstLine));
            }
        }

        int lineOf(String key) {
            return keyLines.getOrDefault(key, startLine);
        }
    }
}
