package org.persona4j.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.ReadOptions;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds a {@link YamlNode} tree from SnakeYAML's event stream. Working on events rather than SnakeYAML's composer
 * lets every limit apply while parsing, without recursion: explicit tags and anchors or aliases are rejected when
 * first seen, nesting is counted as it opens, and duplicate keys are found with both positions. Nothing is ever
 * constructed from a tag, so no class can be loaded.
 */
final class FrontMatterParser {

    /** The parsed front matter: a mapping, or {@code null} when it was rejected. */
    record Result(YamlNode.Mapping root, List<Diagnostic> diagnostics) {
        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final String label;
    private final int firstLine;
    private final int maxDepth;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private FrontMatterParser(String label, int firstLine, int maxDepth) {
        this.label = label;
        this.firstLine = firstLine;
        this.maxDepth = maxDepth;
    }

    /**
     * Parses front matter text as strict YAML.
     *
     * @param yaml      the text between the {@code ---} lines
     * @param firstLine the file line of the first YAML line
     */
    static Result parse(String yaml, int firstLine, String label, ReadOptions options) {
        return new FrontMatterParser(label, firstLine, options.maxNestingDepth()).parseOnce(yaml, options);
    }

    /**
     * Parses front matter text as YAML, except that top-level values with an unquoted {@code ": "} are read as the
     * rest of their line, as Claude Code and Copilot read them ({@link
     * org.persona4j.dialect.FrontMatterSyntax#YAML_LENIENT}); each such value gets an info finding.
     *
     * @param yaml      the text between the {@code ---} lines
     * @param firstLine the file line of the first YAML line
     */
    static Result parseLenient(String yaml, int firstLine, String label, ReadOptions options) {
        return new FrontMatterParser(label, firstLine, options.maxNestingDepth()).run(yaml, options, null);
    }

    /**
     * Parses front matter of a dialect of strict YAML the way {@link #parseLenient} does, so that its values are kept,
     * but with each unquoted {@code ": "} the error it is in that dialect.
     *
     * @param yaml      the text between the {@code ---} lines
     * @param firstLine the file line of the first YAML line
     * @param strictIn  the dialect whose files are strict YAML
     */
    static Result parseStrictKeepingValues(
            String yaml, int firstLine, String label, ReadOptions options, org.persona4j.Dialect strictIn) {
        return new FrontMatterParser(label, firstLine, options.maxNestingDepth()).run(yaml, options, strictIn);
    }

    private static final java.util.regex.Pattern TOP_LEVEL_PAIR =
            java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*):[ \\t]+([^'\"\\[{|>&*!#%@`].*)$");
    private static final int MAX_REPAIRS = 32;

    /**
     * Parses, repairing top-level values with an unquoted {@code ": "} (as Claude Code subagent descriptions often
     * have) by quoting them, with an info finding for each; every other error is reported as it is.
     */
    private Result run(String yaml, ReadOptions options, org.persona4j.Dialect strictIn) {
        String text = yaml;
        List<Diagnostic> repairs = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            Result result = parseOnce(text, options);
            Diagnostic first =
                    result.diagnostics().isEmpty() ? null : result.diagnostics().get(0);
            if (result.root() != null
                    || attempt >= MAX_REPAIRS
                    || first == null
                    || !first.code().equals(DiagnosticCodes.FRONT_MATTER_SYNTAX.code())
                    || !first.message().contains("mapping values are not allowed")) {
                List<Diagnostic> all = new ArrayList<>(repairs);
                all.addAll(result.diagnostics());
                return new Result(result.root(), all);
            }
            String[] lines = text.split("\n", -1);
            int index = first.line() - firstLine;
            java.util.regex.Matcher m =
                    index >= 0 && index < lines.length ? TOP_LEVEL_PAIR.matcher(lines[index]) : null;
            if (m == null || !m.matches()) {
                List<Diagnostic> all = new ArrayList<>(repairs);
                all.addAll(result.diagnostics());
                return new Result(null, all);
            }
            String value = m.group(2).stripTrailing();
            lines[index] = m.group(1) + ": '" + value.replace("'", "''") + "'";
            SourceSpan at = SourceSpan.at(first.line(), m.start(2) + 1);
            String start = "the value of '" + shorten(m.group(1)) + "' contains ': ', which strict YAML does not "
                    + "allow unquoted";
            repairs.add(
                    strictIn == null
                            ? DiagnosticCodes.UNQUOTED_COLON.at(
                                    label,
                                    at,
                                    start + "; it was read as the rest of its line, as Claude Code and Copilot read "
                                            + "it. Quote it for other YAML readers")
                            : DiagnosticCodes.FRONT_MATTER_SYNTAX.at(
                                    label,
                                    at,
                                    start + ", and an " + strictIn.displayName() + " is strict YAML, so this is an "
                                            + "error (the value was kept as the rest of its line). Put it in quotes"));
            text = String.join("\n", lines);
            diagnostics.clear();
        }
    }

    private Result parseOnce(String yaml, ReadOptions options) {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(1);
        loader.setNestingDepthLimit(options.maxNestingDepth() + 1);
        loader.setCodePointLimit(Math.max(options.maxFrontMatterBytes(), 1024) + 16);
        YamlNode root;
        try {
            // SnakeYAML's parser directly: the Yaml facade would build a constructor and representer per call.
            Parser parser = new ParserImpl(new StreamReader(yaml), loader);
            root = build(() -> new Iterator<Event>() {
                @Override
                public boolean hasNext() {
                    return parser.peekEvent() != null;
                }

                @Override
                public Event next() {
                    return parser.getEvent();
                }
            });
        } catch (Rejected e) {
            return new Result(null, diagnostics);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            String context = e.getContext() != null ? " " + e.getContext() : "";
            error(
                    DiagnosticCodes.FRONT_MATTER_SYNTAX.code(),
                    "front matter is not valid YAML: " + problem + context
                            + ". Quote values that contain ': ' or start with a special character",
                    mark);
            return new Result(null, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(new Diagnostic(
                    Severity.ERROR,
                    DiagnosticCodes.FRONT_MATTER_SYNTAX.code(),
                    "front matter is not valid YAML: " + e.getMessage(),
                    label,
                    SourceSpan.at(firstLine, 1)));
            return new Result(null, diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.add(new Diagnostic(
                    Severity.ERROR,
                    DiagnosticCodes.YAML_TOO_DEEP.code(),
                    "front matter is nested too deeply to read",
                    label,
                    SourceSpan.at(firstLine, 1)));
            return new Result(null, diagnostics);
        }
        if (root == null) {
            return new Result(new YamlNode.Mapping(List.of(), firstLine, 1), diagnostics);
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            diagnostics.add(new Diagnostic(
                    Severity.ERROR,
                    DiagnosticCodes.FRONT_MATTER_NOT_A_MAPPING.code(),
                    "front matter must be a mapping of keys to values, such as 'title: Backend Engineer'",
                    label,
                    SourceSpan.at(root.line(), root.column())));
            return new Result(null, diagnostics);
        }
        return new Result(mapping, diagnostics);
    }

    /** An open collection while events are consumed. */
    private static final class Frame {
        final boolean mapping;
        final int line;
        final int column;
        final List<YamlNode> items = new ArrayList<>();
        final List<YamlNode.Pair> pairs = new ArrayList<>();
        /** Each key's place in {@link #pairs}. */
        final java.util.Map<String, Integer> keys = new java.util.HashMap<>();

        YamlNode.Scalar pendingKey;
        /** Where the pending key's value goes when the key is a repeat: the first one's place; -1 otherwise. */
        int replaceAt = -1;

        boolean skipValue;

        Frame(boolean mapping, int line, int column) {
            this.mapping = mapping;
            this.line = line;
            this.column = column;
        }

        YamlNode node() {
            return mapping
                    ? new YamlNode.Mapping(List.copyOf(pairs), line, column)
                    : new YamlNode.Sequence(List.copyOf(items), line, column);
        }
    }

    private YamlNode build(Iterable<Event> events) {
        Deque<Frame> stack = new ArrayDeque<>();
        YamlNode root = null;
        int documents = 0;
        for (Event event : events) {
            if (event.is(Event.ID.DocumentStart) && ++documents > 1) {
                reject(
                        DiagnosticCodes.FRONT_MATTER_SECOND_DOCUMENT.code(),
                        "the front matter holds a second YAML "
                                + "document, which would be lost; keep one document of keys and values between the '---' "
                                + "lines",
                        event.getStartMark());
            }
            if (event instanceof AliasEvent) {
                reject(
                        DiagnosticCodes.YAML_ALIAS.code(),
                        "YAML aliases are not allowed in front matter; write the value " + "out in full",
                        event.getStartMark());
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                reject(
                        DiagnosticCodes.YAML_ALIAS.code(),
                        "YAML anchors (&" + shorten(node.getAnchor())
                                + ") are not allowed in front matter; write the value out in full",
                        event.getStartMark());
            }
            String tag = event instanceof ScalarEvent s
                    ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                reject(
                        DiagnosticCodes.YAML_TAG.code(),
                        "explicit YAML tags such as '" + shorten(tag) + "' are not allowed "
                                + "in front matter; remove the tag and write a plain value",
                        event.getStartMark());
            }
            YamlNode complete = null;
            if (event instanceof ScalarEvent s) {
                complete = new YamlNode.Scalar(
                        s.getValue(),
                        s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN,
                        line(s.getStartMark()),
                        column(s.getStartMark()));
            } else if (event instanceof SequenceStartEvent || event instanceof MappingStartEvent) {
                if (stack.size() >= maxDepth) {
                    reject(
                            DiagnosticCodes.YAML_TOO_DEEP.code(),
                            "front matter nests deeper than " + maxDepth + " levels; flatten it",
                            event.getStartMark());
                }
                stack.push(new Frame(
                        event instanceof MappingStartEvent, line(event.getStartMark()), column(event.getStartMark())));
            } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
                complete = stack.pop().node();
            }
            if (complete != null) {
                if (stack.isEmpty()) {
                    if (root == null) {
                        root = complete;
                    }
                } else {
                    add(stack.peek(), complete);
                }
            }
        }
        return root;
    }

    private void add(Frame frame, YamlNode node) {
        if (!frame.mapping) {
            frame.items.add(node);
            return;
        }
        if (frame.pendingKey == null && !frame.skipValue) {
            if (!(node instanceof YamlNode.Scalar key)) {
                diagnostics.add(new Diagnostic(
                        Severity.ERROR,
                        DiagnosticCodes.FIELD_TYPE.code(),
                        "front-matter keys must be plain text, not lists or mappings; this entry was skipped",
                        label,
                        SourceSpan.at(node.line(), node.column())));
                frame.skipValue = true;
                return;
            }
            Integer first = frame.keys.putIfAbsent(key.text(), frame.pairs.size());
            if (first != null) {
                // PyYAML, SnakeYAML's own loader and CrewAI keep the last value of a repeated key; reading the first
                // would lint one file and run another.
                diagnostics.add(new Diagnostic(
                        Severity.ERROR,
                        DiagnosticCodes.DUPLICATE_KEY.code(),
                        "key '" + shorten(key.text()) + "' is set again (first on line "
                                + frame.pairs.get(first).key().line() + "); YAML readers use the last value, and so "
                                + "does persona4j, so the first is what nobody reads. Remove one of them",
                        label,
                        SourceSpan.at(key.line(), key.column())));
                frame.replaceAt = first;
            }
            frame.pendingKey = key;
            return;
        }
        if (frame.skipValue) {
            frame.skipValue = false;
            return;
        }
        YamlNode.Pair pair = new YamlNode.Pair(frame.pendingKey, node);
        if (frame.replaceAt >= 0) {
            frame.pairs.set(frame.replaceAt, pair); // where a map keeps it: the first key's place, the last value
            frame.replaceAt = -1;
        } else {
            frame.pairs.add(pair);
        }
        frame.pendingKey = null;
    }

    private int line(Mark mark) {
        return mark == null ? firstLine : firstLine + mark.getLine();
    }

    private int column(Mark mark) {
        return mark == null ? 1 : mark.getColumn() + 1;
    }

    private void error(String code, String message, Mark mark) {
        diagnostics.add(new Diagnostic(Severity.ERROR, code, message, label, SourceSpan.at(line(mark), column(mark))));
    }

    private void reject(String code, String message, Mark mark) {
        error(code, message, mark);
        throw new Rejected();
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Stops consuming events once the front matter is rejected; the diagnostic is already recorded. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected() {
            super(null, null, false, false);
        }
    }
}
