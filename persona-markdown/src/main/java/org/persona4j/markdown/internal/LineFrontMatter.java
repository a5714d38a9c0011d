package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads front matter the way Cursor reads a rule's ({@link org.persona4j.dialect.FrontMatterSyntax#LINES}): each
 * line is {@code key: rest of the line}, not YAML. This is Cursor's own format, not a YAML reader: a value is the
 * rest of its line as written, so {@code globs: **}{@code /*.tsx, **}{@code /*.jsx} is two globs and
 * {@code globs: "*.ts"} keeps its quotes, as Cursor keeps them. A text value written as a quoted YAML scalar is read
 * without its quotes (SnakeYAML reads that one scalar), which changes nothing for the model that reads it; a
 * boolean is {@code true} or {@code false} written bare. Lines that are not {@code key: value} are ignored, as
 * Cursor ignores them, with a warning.
 */
final class LineFrontMatter {

    private LineFrontMatter() {}

    /** The most characters of a key; longer text before a colon is not a key. */
    private static final int MAX_KEY = 128;

    /**
     * Reads the front matter.
     *
     * @param text      the text between the {@code ---} lines
     * @param firstLine the file line of its first line
     * @param spec      the dialect, for the type of each key
     */
    static FrontMatterParser.Result parse(String text, int firstLine, String label, DialectSpec spec) {
        List<YamlNode.Pair> pairs = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lineNo = firstLine;
        int ignored = 0;
        for (int start = 0; start <= text.length(); lineNo++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                if (end == text.length()) {
                    break;
                }
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                if (ignored++ == 0) {
                    diagnostics.add(DiagnosticCodes.FRONT_MATTER_IGNORED_LINE.at(
                            label,
                            SourceSpan.at(lineNo, 1),
                            "a " + spec.displayName() + "'s front matter is read a line at a time as 'key: value'; "
                                    + "this line is not one, so it is ignored. Write the value on its key's line"
                                    + (trimmed.startsWith("-") ? ", such as 'globs: src/**/*.ts,docs/**/*.md'" : "")));
                }
                if (end == text.length()) {
                    break;
                }
                continue;
            }
            String key = line.substring(0, colon);
            String raw = line.substring(colon + 1).strip();
            int valueColumn = raw.isEmpty() ? colon + 2 : line.indexOf(raw, colon + 1) + 1;
            if (!seen.add(key)) {
                diagnostics.add(DiagnosticCodes.DUPLICATE_KEY.at(
                        label,
                        SourceSpan.at(lineNo, 1),
                        "key '" + FrontMatterParser.shorten(key) + "' is already set above; the first value is "
                                + "kept. Remove one of them"));
            } else {
                pairs.add(new YamlNode.Pair(
                        new YamlNode.Scalar(key, true, lineNo, 1),
                        value(raw, spec.key(key).orElse(null), lineNo, valueColumn)));
            }
            if (end == text.length()) {
                break;
            }
        }
        return new FrontMatterParser.Result(new YamlNode.Mapping(List.copyOf(pairs), firstLine, 1), diagnostics);
    }

    /** The offset of the colon ending a key at the start of the line, or -1 when the line is not {@code key: …}. */
    private static int keyEnd(String line) {
        int n = Math.min(line.length(), MAX_KEY + 1);
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i > 0 && (i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')
                        ? i
                        : -1;
            }
            boolean keyChar = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
            if (!keyChar) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A value as Cursor has it: the rest of the line. Text keys (and keys Cursor does not define) written as one
     * quoted YAML scalar are unquoted; every other value is kept as written, plain only when it has no quote or
     * bracket, so that {@code true} is a boolean and {@code "true"} is not.
     */
    private static YamlNode.Scalar value(String raw, KeySpec key, int line, int column) {
        if (raw.isEmpty()) {
            return new YamlNode.Scalar("", true, line, column);
        }
        boolean text = key == null || key.type() == KeyType.TEXT;
        if (text && (raw.startsWith("\"") || raw.startsWith("'"))) {
            String unquoted = quotedScalar(raw);
            if (unquoted != null) {
                return new YamlNode.Scalar(unquoted, false, line, column);
            }
        }
        boolean literal = raw.startsWith("\"") || raw.startsWith("'") || raw.startsWith("[") || raw.startsWith("{");
        return new YamlNode.Scalar(raw, !literal && key != null && key.type() == KeyType.BOOLEAN, line, column);
    }

    /** The text of one quoted YAML scalar, or {@code null} when {@code raw} is not exactly one. */
    private static String quotedScalar(String raw) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(1024, raw.length() * 2));
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(raw), options);
            String value = null;
            int scalars = 0;
            while (parser.peekEvent() != null) {
                Event e = parser.getEvent();
                if (e instanceof ScalarEvent s) {
                    scalars++;
                    value = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? null : s.getValue();
                } else if (e.is(Event.ID.MappingStart) || e.is(Event.ID.SequenceStart) || e.is(Event.ID.Alias)) {
                    return null;
                }
            }
            return scalars == 1 ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes front matter the way the dialect's tool reads it: one {@code key: value} line per key, lists joined by
     * commas without quotes ({@code globs: src/**}{@code /*.ts,docs/**}{@code /*.md}), booleans bare, text as the rest
     * of the line (YAML-quoted only when it starts with a quote, so that reading it back gives the same text), a line
     * break in text made a space, and a mapping as one line of flow YAML.
     *
     * @param frontMatter the keys and values, in order
     * @param spec        the dialect, for the type of each key
     * @return the lines, each ending in a line break
     */
    static String write(java.util.Map<String, Object> frontMatter, DialectSpec spec) {
        StringBuilder out = new StringBuilder();
        frontMatter.forEach((key, value) -> {
            out.append(key).append(':');
            String text = written(value, spec.key(key).orElse(null));
            if (!text.isEmpty()) {
                out.append(' ').append(text);
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String written(Object value, KeySpec key) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(i -> items.add(oneLine(String.valueOf(i))));
            return String.join(",", items);
        }
        if (value instanceof java.util.Map<?, ?>) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
            options.setSplitLines(false);
            options.setWidth(Integer.MAX_VALUE);
            return oneLine(new org.yaml.snakeyaml.Yaml(options).dump(value).strip());
        }
        String text = oneLine(String.valueOf(value));
        boolean textKey = key == null || key.type() == KeyType.TEXT;
        if (textKey && (text.startsWith("\"") || text.startsWith("'"))) {
            return "'" + text.replace("'", "''") + "'";
        }
        return text;
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }
}
