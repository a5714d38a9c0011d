package org.persona4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.KeySpec;
import org.persona4j.model.Handoff;
import org.persona4j.render.VariableDeclaration;

/** Typed readings of front-matter values that are more than a scalar or a list: numbers, handoffs, variables. */
public final class MetadataValues {

    private MetadataValues() {}

    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]{1,40}(\\.[0-9]{0,40})?|\\.[0-9]{1,40})");

    /**
     * {@return a number, or a decimal written as text ({@code "4.5"}); empty for anything else, and for values that
     * are not finite}
     *
     * @param value a value as read
     */
    public static Optional<Double> number(Object value) {
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else if (value instanceof String s && DECIMAL.matcher(s.strip()).matches()) {
            d = Double.parseDouble(s.strip());
        } else {
            return Optional.empty();
        }
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }

    /**
     * {@return the handoffs of a list of mappings with {@code label} and {@code agent} (and optionally {@code prompt}
     * and {@code send}); items without both are left out}
     *
     * @param value a value as read
     */
    public static List<Handoff> handoffs(Object value) {
        List<Handoff> out = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> h && h.get("label") != null && h.get("agent") != null) {
                    out.add(new Handoff(
                            String.valueOf(h.get("label")).strip(),
                            String.valueOf(h.get("agent")).strip(),
                            h.get("prompt") == null
                                    ? ""
                                    : String.valueOf(h.get("prompt")).strip(),
                            KeySpec.flag(h.get("send")).orElse(false)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the declarations of a {@code variables:} mapping, in order: each name with a type word or a mapping of
     * {@code type}, {@code default}, {@code required} and {@code description}; entries of an unknown type are left
     * out}
     *
     * @param value a value as read
     * @param where where a declaration of a name is written
     */
    public static List<VariableDeclaration> variables(Object value, Function<String, Optional<SourceSpan>> where) {
        List<VariableDeclaration> out = new ArrayList<>();
        if (!(value instanceof Map<?, ?> declared)) {
            return List.of();
        }
        for (Map.Entry<?, ?> e : declared.entrySet()) {
            String name = String.valueOf(e.getKey()).strip();
            Object d = e.getValue();
            Map<?, ?> m = d instanceof Map<?, ?> map ? map : Map.of();
            Object type = d instanceof Map<?, ?> ? m.get("type") : d;
            Optional<VariableDeclaration.Type> t = type == null
                    ? Optional.of(VariableDeclaration.Type.STRING)
                    : VariableDeclaration.Type.named(String.valueOf(type));
            if (name.isEmpty() || t.isEmpty()) {
                continue;
            }
            Object def = m.get("default");
            Object description = m.get("description");
            out.add(new VariableDeclaration(
                    name,
                    t.get(),
                    def == null
                            ? null
                            : def instanceof List<?> l
                                    ? String.join(
                                            ", ",
                                            l.stream().map(String::valueOf).toList())
                                    : String.valueOf(def),
                    KeySpec.flag(m.get("required")).orElse(false),
                    description == null ? "" : String.valueOf(description),
                    where.apply(name).orElse(SourceSpan.FILE)));
        }
        return List.copyOf(out);
    }

    /**
     * {@return the keys that are not AI-LEY's known ones, and known keys whose value does not fit their type, in file
     * order}
     *
     * @param values the front matter's keys and values
     * @param known  AI-LEY's known keys
     */
    public static Map<String, Object> extra(Map<String, Object> values, List<String> known) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!known.contains(k)
                    || !org.persona4j.internal.dialect.KeyIndex.key(org.persona4j.Dialect.AI_LEY, k)
                            .orElseThrow()
                            .fits(v)) {
                out.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }
}
