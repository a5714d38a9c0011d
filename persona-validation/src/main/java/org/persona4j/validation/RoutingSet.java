package org.persona4j.validation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.PersonaFiles;
import org.persona4j.SourceSpan;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.routing.RoutingCase;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A routing set read from a YAML file: the cases that are whole, and a diagnostic with line and column for each that
 * is not. The file:
 *
 * <pre>{@code
 * cases:
 *   - task: Move this service to a newer Java
 *     expect: [java-upgrade, java-pro]     # any of them is a right pick
 *     near-misses: [kotlin-pro]            # wrong picks that look related
 *     paraphrased: true                    # worded unlike the personas' own text
 * }</pre>
 *
 * @param source      the file's label
 * @param cases       the cases that are whole, in the file's order
 * @param diagnostics what is wrong with the others ({@code routing.case-invalid})
 */
public record RoutingSet(String source, List<RoutingCase> cases, List<Diagnostic> diagnostics) {

    /** The most bytes of a routing set file, and the most cases it may hold. */
    static final int MAX_BYTES = 4 << 20;

    static final int MAX_CASES = 10_000;

    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param source      the file's label
     * @param cases       the whole cases
     * @param diagnostics what is wrong with the others
     */
    public RoutingSet {
        Objects.requireNonNull(source, "source");
        cases = List.copyOf(cases);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Reads a routing set file.
     *
     * @param file the YAML file
     * @return its cases and what is wrong with it; never throws for what the file says
     * @throws IOException when the file cannot be read, or is larger than 4 MiB
     */
    public static RoutingSet read(Path file) throws IOException {
        byte[] bytes = PersonaFiles.readSmallFile(file, MAX_BYTES);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new RoutingSet(
                    file.toString(),
                    List.of(),
                    List.of(invalid(file.toString(), SourceSpan.FILE, "the file is not UTF-8 text")));
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a routing set from text.
     *
     * @param yaml  the file's text
     * @param label the name to give it in cases and diagnostics
     * @return its cases and what is wrong with it
     */
    public static RoutingSet parse(String yaml, String label) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(label, "label");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_BYTES);
        Node root;
        try {
            root = new Yaml(options).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return new RoutingSet(
                    label, List.of(), List.of(invalid(label, span(m), "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            return new RoutingSet(
                    label, List.of(), List.of(invalid(label, SourceSpan.FILE, "not valid YAML: " + e.getMessage())));
        }
        List<RoutingCase> cases = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        if (root instanceof MappingNode top && duplicateKey(top).isPresent()) {
            problems.add(invalid(
                    label,
                    span(root.getStartMark()),
                    "the key '" + duplicateKey(top).get() + "' is given twice; YAML takes one of them silently"));
            return new RoutingSet(label, cases, problems);
        }
        Node list = root instanceof MappingNode map ? value(map, "cases") : null;
        if (!(list instanceof SequenceNode seq)) {
            problems.add(invalid(
                    label,
                    root == null ? SourceSpan.FILE : span(root.getStartMark()),
                    "a routing set is a mapping whose 'cases' is a list of cases"));
            return new RoutingSet(label, cases, problems);
        }
        for (Node item : seq.getValue()) {
            if (cases.size() + problems.size() >= MAX_CASES) {
                problems.add(invalid(label, span(item.getStartMark()), "more than " + MAX_CASES + " cases"));
                break;
            }
            readCase(item, label).ifPresentOrElse(cases::add, () -> problems.add(problem(item, label)));
        }
        return new RoutingSet(label, cases, problems);
    }

    /**
     * The ids the cases name that the catalog does not hold, one warning each, at the case that names it.
     *
     * @param catalog the catalog the set is run against
     * @return {@code routing.unknown-id} warnings
     */
    public List<Diagnostic> unknownIds(PersonaCatalog catalog) {
        Set<String> held = new java.util.HashSet<>();
        catalog.summaries().forEach(s -> held.add(s.id()));
        List<Diagnostic> out = new ArrayList<>();
        for (RoutingCase c : cases) {
            Set<String> named = new LinkedHashSet<>(c.expected());
            named.addAll(c.nearMisses());
            for (String id : named) {
                if (!held.contains(id)) {
                    out.add(DiagnosticCodes.ROUTING_UNKNOWN_ID.at(
                            source,
                            c.source().map(RoutingSet::lineOf).orElse(SourceSpan.FILE),
                            "the case '" + c.task() + "' names '" + id + "', which the catalog does not hold"));
                }
            }
        }
        return out;
    }

    private static SourceSpan lineOf(String source) {
        int colon = source.lastIndexOf(':');
        try {
            return SourceSpan.at(Integer.parseInt(source.substring(colon + 1)), 1);
        } catch (NumberFormatException e) {
            return SourceSpan.FILE;
        }
    }

    private static Optional<RoutingCase> readCase(Node item, String label) {
        if (!(item instanceof MappingNode map) || duplicateKey(map).isPresent()) {
            return Optional.empty();
        }
        Optional<String> task = text(value(map, "task"));
        Optional<List<String>> expected = ids(value(map, "expect"));
        Node misses = value(map, "near-misses");
        Optional<List<String>> nearMisses = misses == null ? Optional.of(List.of()) : ids(misses);
        Node para = value(map, "paraphrased");
        Optional<Boolean> paraphrased = para == null
                ? Optional.of(false)
                : text(para).filter(s -> s.equals("true") || s.equals("false")).map(Boolean::parseBoolean);
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!List.of("task", "expect", "near-misses", "paraphrased").contains(key)) {
                return Optional.empty();
            }
        }
        if (task.isEmpty()
                || task.get().isBlank()
                || expected.isEmpty()
                || expected.get().isEmpty()) {
            return Optional.empty();
        }
        if (nearMisses.isEmpty() || paraphrased.isEmpty()) {
            return Optional.empty();
        }
        if (nearMisses.get().stream().anyMatch(expected.get()::contains)) {
            return Optional.empty();
        }
        return Optional.of(new RoutingCase(
                task.get(),
                expected.get(),
                nearMisses.get(),
                paraphrased.get(),
                Optional.of(label + ":" + (item.getStartMark().getLine() + 1))));
    }

    /** The diagnostic for a case {@link #readCase} refused, saying which part is wrong. */
    private static Diagnostic problem(Node item, String label) {
        String what;
        if (!(item instanceof MappingNode map)) {
            what = "a case is a mapping with 'task' and 'expect'";
        } else if (duplicateKey(map).isPresent()) {
            what = "the key '" + duplicateKey(map).get() + "' is given twice; give each key once";
        } else if (map.getValue().stream()
                .map(t -> t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "")
                .anyMatch(k ->
                        !List.of("task", "expect", "near-misses", "paraphrased").contains(k))) {
            what = "a case has only the keys 'task', 'expect', 'near-misses' and 'paraphrased'";
        } else if (text(value(map, "task")).filter(t -> !t.isBlank()).isEmpty()) {
            what = "the case has no 'task' text";
        } else if (ids(value(map, "expect")).filter(l -> !l.isEmpty()).isEmpty()) {
            what = "'expect' must be a list of one or more ids";
        } else if (value(map, "near-misses") != null
                && ids(value(map, "near-misses")).isEmpty()) {
            what = "'near-misses' must be a list of ids";
        } else if (value(map, "paraphrased") != null
                && text(value(map, "paraphrased"))
                        .filter(s -> s.equals("true") || s.equals("false"))
                        .isEmpty()) {
            what = "'paraphrased' must be true or false";
        } else {
            what = "an id is both expected and a near miss";
        }
        return invalid(label, span(item.getStartMark()), what);
    }

    /** A key a mapping gives twice (SnakeYAML's composer, unlike its constructor, takes both). */
    private static Optional<String> duplicateKey(MappingNode map) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                return Optional.of(k.getValue());
            }
        }
        return Optional.empty();
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static Optional<String> text(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue().strip()) : Optional.empty();
    }

    private static Optional<List<String>> ids(Node node) {
        if (!(node instanceof SequenceNode seq)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            Optional<String> id = text(n).filter(s -> !s.isEmpty());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            out.add(id.get());
        }
        return Optional.of(List.copyOf(new LinkedHashSet<>(out)));
    }

    private static SourceSpan span(Mark mark) {
        return mark == null ? SourceSpan.FILE : SourceSpan.at(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Diagnostic invalid(String source, SourceSpan span, String message) {
        return DiagnosticCodes.ROUTING_CASE_INVALID.at(source, span, message);
    }
}
