package org.persona4j.internal.render;

import java.util.Locale;
import java.util.Optional;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.TerminalText;
import org.persona4j.dialect.ModelRef;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;

/**
 * The model a request body names: the caller's, else the persona's own when it is a model of the target's vendor.
 * A Claude Code alias ({@code opus}) becomes the id the alias table gives; {@code inherit}, an alias with no id and
 * another vendor's model ask for {@code --model}.
 */
final class ModelNames {

    private ModelNames() {}

    /**
     * The model id of a request body.
     *
     * @throws IllegalArgumentException when no model can be named, saying which option to pass
     */
    static String of(Persona persona, RenderOptions options) {
        String format = label(options.format());
        if (options.model() != null && !options.model().isBlank()) {
            return options.model().strip();
        }
        String own = persona.metadata().model().map(String::strip).orElse("");
        if (own.isEmpty()) {
            throw new IllegalArgumentException("the " + format + " format needs a model: pass --model "
                    + "(RenderOptions.Builder.model in Java), or give the persona a 'model:' key");
        }
        String resolved = options.modelAliases().getOrDefault(own.toLowerCase(Locale.ROOT), own);
        Optional<ModelRef> ownRef = persona.dialect().spec().models().read(own);
        if (own.equalsIgnoreCase("inherit")
                || ownRef.isPresent() && ownRef.get().equals(ModelRef.INHERIT)) {
            throw new IllegalArgumentException("the persona's model is '" + TerminalText.escape(own)
                    + "', the model of whoever runs it, which " + an(format) + " request cannot name: pass --model "
                    + "(RenderOptions.Builder.model in Java)");
        }
        Optional<ModelRef> ref = resolved.equals(own)
                ? ownRef
                : Dialect.CLAUDE_SUBAGENT.spec().models().read(resolved);
        String vendor = vendor(options.format());
        String named =
                TerminalText.escape(own) + (resolved.equals(own) ? "" : "' (" + TerminalText.escape(resolved) + ")");
        if (ref.isPresent() && !ref.get().vendor().equals(vendor)) {
            throw new IllegalArgumentException("the persona's model '" + named + (resolved.equals(own) ? "'" : "")
                    + " is " + an(ref.get().vendor()) + " model, not one " + an(format) + " request takes: pass "
                    + "--model (RenderOptions.Builder.model in Java)");
        }
        if (!resolved.equals(own)) {
            return resolved;
        }
        if (ref.isPresent() && ref.get().version().isEmpty()) {
            throw new IllegalArgumentException("the persona's model '" + named + "' is an alias with no model id: "
                    + "pass --model, or --model-alias " + own.toLowerCase(Locale.ROOT)
                    + "=ID (RenderOptions.Builder.modelAlias in Java)");
        }
        if (ref.isPresent()) { // a name the API does not take as written (Copilot's "GPT-4.1"): the API's id
            Dialect naming = vendor.equals("anthropic") ? Dialect.CLAUDE_SUBAGENT : Dialect.CREWAI_AGENT;
            Optional<String> id = naming.spec().models().write(ref.get());
            if (id.isPresent()) {
                String written = id.get();
                int slash = written.indexOf('/');
                return slash >= 0 ? written.substring(slash + 1) : written;
            }
        }
        return own;
    }

    /** The vendor whose models a request body takes. */
    private static String vendor(RenderFormat format) {
        return format == RenderFormat.ANTHROPIC ? "anthropic" : "openai";
    }

    /** The format's name as the command line spells it. */
    static String label(RenderFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A word with its indefinite article. */
    private static String an(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }
}
