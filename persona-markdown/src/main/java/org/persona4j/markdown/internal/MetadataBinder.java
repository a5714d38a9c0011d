package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Binds a front-matter mapping to {@link PersonaMetadata}. Text fields keep the scalar's source text, so YAML's
 * implicit typing never changes a value ({@code version: 1.0} stays {@code "1.0"}; {@code no} stays {@code "no"})
 * and a warning says where YAML would have read something else. A value of the wrong shape for its field is kept in
 * {@code extra} with a warning; nothing is dropped.
 */
final class MetadataBinder {

    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final String label;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private MetadataBinder(String label) {
        this.label = label;
    }

    record Result(PersonaMetadata metadata, List<Diagnostic> diagnostics) {}

    static Result bind(YamlNode.Mapping root, String label) {
        MetadataBinder binder = new MetadataBinder(label);
        PersonaMetadata.Builder b = PersonaMetadata.builder();
        for (YamlNode.Pair pair : root.entries()) {
            binder.bindOne(b, pair.key(), pair.value());
        }
        return new Result(b.build(), List.copyOf(binder.diagnostics));
    }

    private void bindOne(PersonaMetadata.Builder b, YamlNode.Scalar keyNode, YamlNode value) {
        String key = keyNode.text();
        b.span(key, SourceSpan.at(keyNode.line(), keyNode.column()));
        switch (key) {
            case "title" -> text(b, key, value, b::title);
            case "version" -> text(b, key, value, b::version);
            case "author" -> text(b, key, value, b::author);
            case "description" -> text(b, key, value, b::description);
            case "lastUpdated" -> text(b, key, value, b::lastUpdated);
            case "agentMode" -> text(b, key, value, b::agentMode);
            case "guidelines" -> text(b, key, value, b::guidelines);
            case "instructionType" -> text(b, key, value, b::instructionType);
            case "keywords" -> list(b, key, value, b::keywords);
            case "extensions" -> list(b, key, value, b::extensions);
            case "applyTo" -> patterns(b, key, value);
            case "summaryScore" -> score(b, key, value);
            default -> {
                b.extra(key, plain(value));
                if (key.equals("variables") && value instanceof YamlNode.Mapping declared) {
                    for (YamlNode.Pair v : declared.entries()) { // each declaration's line, for render errors
                        b.innerSpan(
                                "variables." + v.key().text().strip(),
                                SourceSpan.at(v.key().line(), v.key().column()));
                    }
                }
            }
        }
    }

    private void text(PersonaMetadata.Builder b, String key, YamlNode value, Consumer<String> set) {
        if (value instanceof YamlNode.Scalar s) {
            if (s.plain() && s.text().isEmpty()) {
                return; // "key:" with nothing after it: no value
            }
            if (s.plain()) {
                warnIfAmbiguous(key, s, resolve(s.text()));
            }
            set.accept(s.text());
        } else {
            misfit(b, key, value, "text");
        }
    }

    private void list(PersonaMetadata.Builder b, String key, YamlNode value, Consumer<List<String>> set) {
        if (value instanceof YamlNode.Scalar s) {
            set.accept(s.plain() && s.text().isEmpty() ? List.of() : List.of(s.text()));
            return;
        }
        if (value instanceof YamlNode.Sequence seq
                && seq.items().stream().allMatch(YamlNode.Scalar.class::isInstance)) {
            set.accept(
                    seq.items().stream().map(n -> ((YamlNode.Scalar) n).text()).toList());
            return;
        }
        misfit(b, key, value, "a list of text");
    }

    /**
     * {@code applyTo}: a YAML list, or one string of comma-separated globs as Copilot writes it ({@code "**}{@code
     * /*.ts,**}{@code /*.tsx"}); commas inside braces ({@code *.{ts,tsx}}) do not split.
     */
    private void patterns(PersonaMetadata.Builder b, String key, YamlNode value) {
        if (value instanceof YamlNode.Scalar s) {
            b.applyTo(org.persona4j.internal.Values.list(s.text()));
            return;
        }
        list(b, key, value, b::applyTo);
    }

    private void score(PersonaMetadata.Builder b, String key, YamlNode value) {
        if (value instanceof YamlNode.Scalar s && !s.text().isBlank()) {
            String t = s.text().strip();
            if (DECIMAL_FLOAT.matcher(t).matches() || DECIMAL_INT.matcher(t).matches()) {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    b.summaryScore(d);
                    return;
                }
            }
        }
        if (value instanceof YamlNode.Scalar s && s.plain() && s.text().isEmpty()) {
            return;
        }
        misfit(b, key, value, "a number such as 4.5");
    }

    private void misfit(PersonaMetadata.Builder b, String key, YamlNode value, String expected) {
        diagnostics.add(new Diagnostic(
                Severity.WARNING,
                DiagnosticCodes.FIELD_TYPE.code(),
                "'" + key + "' should be " + expected + "; its value was kept in extra and not used",
                label,
                SourceSpan.at(value.line(), value.column())));
        b.extra(key, plain(value));
    }

    /** A plain Java value tree for {@code extra}: scalars resolved like JSON, never by YAML 1.1's wider rules. */
    private Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            if (!s.plain()) {
                return s.text();
            }
            Object v = resolve(s.text());
            if (v instanceof Ambiguous a) {
                warnIfAmbiguous(null, s, a);
                return s.text();
            }
            return v;
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> out = new ArrayList<>(seq.items().size());
            for (YamlNode item : seq.items()) {
                out.add(plain(item));
            }
            return Collections.unmodifiableList(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlNode.Pair p : ((YamlNode.Mapping) node).entries()) {
            out.put(p.key().text(), plain(p.value()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** What a plain scalar means: null, Boolean, Long, Double, String, or {@link Ambiguous}. */
    static Object resolve(String text) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        String lower = text.toLowerCase(Locale.ROOT);
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return lower.equals("true")
                    ? Boolean.TRUE
                    : lower.equals("false") ? Boolean.FALSE : new Ambiguous("a boolean");
        }
        if (Tag.INT.equals(tag)) {
            if (DECIMAL_INT.matcher(text).matches()) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return new Ambiguous("a number");
        }
        if (Tag.FLOAT.equals(tag)) {
            return DECIMAL_FLOAT.matcher(text).matches()
                    ? (Object) Double.parseDouble(text)
                    : new Ambiguous("a number");
        }
        return text;
    }

    /** A scalar YAML 1.1 would read as a non-string that persona4j keeps as text. */
    record Ambiguous(String yamlReading) {}

    private void warnIfAmbiguous(String field, YamlNode.Scalar s, Object resolved) {
        String reading = resolved instanceof Ambiguous a
                ? a.yamlReading()
                : resolved == null
                        ? "null"
                        : resolved instanceof Boolean ? "a boolean" : resolved instanceof Number ? "a number" : null;
        if (reading == null) {
            return;
        }
        String what = field == null ? "it was kept as the text" : "'" + field + "' is text, so it was kept as";
        diagnostics.add(new Diagnostic(
                Severity.WARNING,
                DiagnosticCodes.AMBIGUOUS_SCALAR.code(),
                "YAML reads '" + FrontMatterParser.shorten(s.text()) + "' as " + reading + "; " + what + " '"
                        + FrontMatterParser.shorten(s.text()) + "'. Quote it to say so",
                label,
                SourceSpan.at(s.line(), s.column())));
    }
}
