package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaMetadataBuilder;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.internal.MetadataValues;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Binds a front-matter mapping to {@link PersonaMetadata}, each key as its dialect's table types it. Text keys keep
 * the scalar's source text, so YAML's implicit typing never changes a value ({@code version: 1.0} stays
 * {@code "1.0"}; {@code no} stays {@code "no"}) and a warning says where YAML would have read something else. A
 * list key keeps a delimited string as written, for the accessors to split as the vendor does. A value of the wrong
 * shape for its key is kept as it is, with a warning; nothing is dropped.
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

    /**
     * Binds a mapping's keys as a dialect's table types them.
     *
     * @param root    the front matter
     * @param label   the file's label, for findings
     * @param dialect the dialect whose table types the keys
     */
    static Result bind(YamlNode.Mapping root, String label, Dialect dialect) {
        MetadataBinder binder = new MetadataBinder(label);
        PersonaMetadataBuilder b = PersonaMetadata.builder().dialect(dialect);
        DialectSpec spec = dialect.spec();
        String variables = spec.keyFor(KeyRole.VARIABLES).map(KeySpec::name).orElse(null);
        for (YamlNode.Pair pair : root.entries()) {
            String key = pair.key().text();
            b.span(key, SourceSpan.at(pair.key().line(), pair.key().column()));
            b.put(key, binder.value(key, spec.key(key).orElse(null), pair.value()));
            if (key.equals(variables) && pair.value() instanceof YamlNode.Mapping declared) {
                for (YamlNode.Pair v : declared.entries()) { // each declaration's line, for render errors
                    b.innerSpan(
                            key + "." + v.key().text().strip(),
                            SourceSpan.at(v.key().line(), v.key().column()));
                }
            }
        }
        return new Result(b.build(), List.copyOf(binder.diagnostics));
    }

    /** A key's value in the form its type keeps: source text for text, as written for lists, plain otherwise. */
    private Object value(String key, KeySpec spec, YamlNode value) {
        if (spec == null) {
            return plain(value);
        }
        switch (spec.type()) {
            case TEXT, DATE, VERSION, ENUM -> {
                if (value instanceof YamlNode.Scalar s) {
                    if (s.plain() && s.text().isEmpty()) {
                        return null; // "key:" with nothing after it: no value
                    }
                    if (s.plain()) {
                        warnIfAmbiguous(key, s, resolve(s.text()));
                    }
                    return s.text();
                }
                return misfit(key, value, "text");
            }
            case LIST, COMMA_LIST, LIST_OR_COMMAS, WORD_LIST, TEXT_OR_LIST -> {
                if (value instanceof YamlNode.Scalar s) {
                    return s.plain() && s.text().isEmpty() ? null : s.text();
                }
                if (value instanceof YamlNode.Sequence seq
                        && seq.items().stream().allMatch(YamlNode.Scalar.class::isInstance)) {
                    return seq.items().stream()
                            .map(n -> ((YamlNode.Scalar) n).text())
                            .toList();
                }
                return misfit(key, value, "a list of text");
            }
            case NUMBER -> {
                Object v = plain(value);
                if (v == null || MetadataValues.number(v).isPresent()) {
                    return v;
                }
                return misfit(key, value, "a number such as 4.5");
            }
            default -> {
                return plain(value);
            }
        }
    }

    private Object misfit(String key, YamlNode value, String expected) {
        diagnostics.add(new Diagnostic(
                Severity.WARNING,
                DiagnosticCodes.FIELD_TYPE.code(),
                "'" + FrontMatterParser.shorten(key) + "' should be " + expected + "; its value is kept as written "
                        + "but not read as " + expected,
                label,
                SourceSpan.at(value.line(), value.column())));
        return plain(value);
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
        if (!text.isEmpty() && Character.isLetter(text.charAt(0)) && "yYnNtTfFoO".indexOf(text.charAt(0)) < 0) {
            return text; // no null, boolean or number starts with another letter: the resolver would say string
        }
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
