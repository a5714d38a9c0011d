package org.persona4j.internal.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.render.InvalidVariableException;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.VariableDeclaration;

/**
 * Holds given values to a persona's declared variables: each value fits its type, a required variable has a value
 * or a default, and defaults fill the rest. Errors name the variable, what was expected and the declaration's line.
 */
final class Declarations {

    private Declarations() {}

    /** The options with the declared defaults added to the given values. */
    static RenderOptions apply(Persona persona, RenderOptions options) {
        var declarations = persona.metadata().variables();
        if (declarations.isEmpty()) {
            return options;
        }
        Map<String, String> values = new LinkedHashMap<>(options.variables());
        String label = persona.source().label();
        for (VariableDeclaration d : declarations) {
            String at = label + ":" + d.span().startLine();
            String value = values.get(d.name());
            if (value == null) {
                if (d.defaultValue() != null) {
                    values.put(d.name(), d.defaultValue());
                } else if (d.required()) {
                    throw InvalidVariableException.of(
                            d.name(),
                            "is required and has no value; pass it with " + "variable(\"" + d.name()
                                    + "\", …) or --var " + d.name() + "=…",
                            at);
                }
            } else if (!d.type().accepts(value)) {
                throw InvalidVariableException.of(
                        d.name(),
                        "must be " + article(d.type()) + ", not '"
                                + (value.length() > 40 ? value.substring(0, 37) + "…" : value) + "'",
                        at);
            }
        }
        return new RenderOptions(
                options.format(),
                options.kinds(),
                values,
                options.lenient(),
                options.maxTokens(),
                options.keep(),
                options.counter(),
                options.userMessage(),
                options.template(),
                options.model(),
                options.maxOutputTokens(),
                options.temperature(),
                options.provenance(),
                options.modelAliases());
    }

    private static String article(VariableDeclaration.Type type) {
        return switch (type) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case LIST -> "a list";
        };
    }
}
