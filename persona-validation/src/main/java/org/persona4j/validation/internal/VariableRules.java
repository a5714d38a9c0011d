package org.persona4j.validation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.model.Section;
import org.persona4j.render.VariableDeclaration;
import org.persona4j.render.Variables;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * For a persona that declares its variables: each declared one is used, and each placeholder of its prose is
 * declared. A placeholder in code is text unless declared, so it is neither.
 */
public final class VariableRules {

    /** Undeclared names reported per persona, at most. */
    private static final int MAX_REPORTED = 20;

    private VariableRules() {}

    public static List<LintRule> rules() {
        return List.of(
                new SimpleRule(
                        "variables.unused", Severity.WARNING, "every declared variable is used", VariableRules::unused),
                new SimpleRule(
                        "variables.undeclared",
                        Severity.WARNING,
                        "a persona that declares variables " + "declares every placeholder of its prose",
                        VariableRules::undeclared),
                new SimpleRule(
                        "variables.declaration",
                        Severity.WARNING,
                        "each declaration names a type persona4j checks (string, number, boolean, list) and a default "
                                + "of that type",
                        VariableRules::declarations));
    }

    /** Declarations persona4j cannot use as written: an unknown type (a union, a typo), a default of another type. */
    private static void declarations(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        if (!(declaredMap(m) instanceof Map<?, ?> declared)) {
            return;
        }
        for (Map.Entry<?, ?> e : declared.entrySet()) {
            String name = String.valueOf(e.getKey()).strip();
            Object d = e.getValue();
            Object type = d instanceof Map<?, ?> map ? map.get("type") : d;
            SourceSpan at = m.span(variablesKey(m) + "." + name).orElse(SourceSpan.FILE);
            if (type != null
                    && VariableDeclaration.Type.named(String.valueOf(type)).isEmpty()) {
                findings.report(
                        at,
                        "variable '" + Quote.shorten(name) + "' has the type " + Quote.shorten(String.valueOf(type))
                                + ", which persona4j does not check"
                                + (type instanceof List<?> ? " (a list of types is no type here)" : "")
                                + "; use string, number, boolean or list");
            }
        }
        for (VariableDeclaration v : m.variables()) {
            if (v.defaultValue() != null && !v.type().accepts(v.defaultValue())) {
                findings.report(
                        v.span(),
                        "the default of '" + Quote.shorten(v.name()) + "', '" + Quote.shorten(v.defaultValue())
                                + "', is not a " + v.type().name().toLowerCase(java.util.Locale.ROOT)
                                + "; give a default of its type");
            }
        }
    }

    private static String variablesKey(PersonaMetadata m) {
        return m.dialect()
                .spec()
                .keyFor(org.persona4j.dialect.KeyRole.VARIABLES)
                .map(k -> k.name())
                .orElse("");
    }

    private static Object declaredMap(PersonaMetadata m) {
        String key = variablesKey(m);
        return key.isEmpty() ? null : m.values().get(key);
    }

    private static void unused(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        List<VariableDeclaration> declared = m.variables();
        if (declared.isEmpty()) {
            return;
        }
        Set<String> used = new TreeSet<>();
        for (Section s : target.persona().sections()) {
            Variables.placeholders(s.heading()).forEach(p -> used.add(p.name()));
            Variables.placeholders(s.text()).forEach(p -> used.add(p.name()));
        }
        for (VariableDeclaration d : declared) {
            if (!used.contains(d.name())) {
                findings.report(
                        d.span(),
                        "variable '" + Quote.shorten(d.name()) + "' is declared but no "
                                + "section uses it; remove the declaration or write {{" + Quote.shorten(d.name())
                                + "}}");
            }
        }
    }

    private static void undeclared(LintTarget target, Findings findings) {
        List<VariableDeclaration> declared = target.persona().metadata().variables();
        if (declared.isEmpty()) {
            return;
        }
        Set<String> names = new TreeSet<>();
        declared.forEach(d -> names.add(d.name()));
        if (declaredMap(target.persona().metadata()) instanceof Map<?, ?> raw) {
            raw.keySet().forEach(k -> names.add(String.valueOf(k).strip())); // declared, if with a type it cannot use
        }
        Map<String, SourceSpan> first = new LinkedHashMap<>();
        for (Section s : target.persona().sections()) {
            int line = 0;
            int counted = 0; // newlines are counted once, moving forward with the placeholders
            for (Variables.Placeholder p : Variables.placeholders(s.text())) {
                for (; counted < p.offset(); counted++) {
                    line += s.text().charAt(counted) == '\n' ? 1 : 0;
                }
                if (!names.contains(p.name()) && !Variables.isLiteral(s, p.offset()) && first.size() < MAX_REPORTED) {
                    first.putIfAbsent(p.name(), SourceSpan.at(s.fileLine(line), 1));
                }
            }
        }
        first.forEach((name, at) -> findings.report(
                at,
                "{{" + Quote.shorten(name) + "}} is not declared under "
                        + "'variables:'; declare it, or write the braces as {{{{ to keep them"));
    }
}
