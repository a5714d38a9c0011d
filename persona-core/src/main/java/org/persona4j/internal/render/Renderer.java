package org.persona4j.internal.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.persona4j.Persona;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;
import org.persona4j.render.DroppedSection;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.Provenance;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.render.Variables;

/**
 * Renders a persona: the chosen sections as written, placeholders filled in one pass, parts dropped in
 * {@link RenderOptions#DROP_ORDER} until the token budget holds, then shaped for the format. Every stretch of the
 * system text records the file line it came from.
 */
public final class Renderer {

    private static final String SECTIONS_SLOT = "{{persona.sections}}";

    private Renderer() {}

    public static RenderedPrompt render(Persona persona, RenderOptions given) {
        RenderOptions options = Declarations.apply(persona, given);
        Set<String> declared = new java.util.HashSet<>();
        persona.metadata().variables().forEach(d -> declared.add(d.name()));
        // {{name}} is persona4j's placeholder in its own format only; other dialects' tools pass it to the model as
        // written, so there only the names the persona declares are filled.
        boolean ownPlaceholders =
                persona.dialect().spec().placeholders() == org.persona4j.dialect.Placeholders.MUSTACHE;
        List<Section> parts = new ArrayList<>();
        String preamble = persona.body().preamble();
        if (!preamble.isEmpty() && options.kinds().contains(SectionKind.ROLE_SUMMARY)) {
            // The text before the first section: all of the prompt of a subagent or agent written without sections.
            int line = Math.max(1, persona.body().preambleLine());
            parts.add(new Section(
                    SectionKind.ROLE_SUMMARY,
                    "",
                    preamble,
                    org.persona4j.SourceSpan.at(line, 1),
                    line,
                    persona.source().label(),
                    persona.body().preambleCode()));
        }
        for (Section s : persona.sections()) {
            if (options.kinds().contains(s.kind())) {
                parts.add(s);
            }
        }
        List<DroppedSection> dropped = new ArrayList<>();
        Assembled system = assemble(persona, parts, options, declared, ownPlaceholders);
        requireWithinBound(system.text());
        int tokens = options.counter().count(system.text());
        while (options.maxTokens() > 0 && tokens > options.maxTokens()) {
            Section victim = nextToDrop(parts, options.keep());
            if (victim == null) {
                break;
            }
            parts.remove(victim);
            system = assemble(persona, parts, options, declared, ownPlaceholders);
            int before = tokens;
            tokens = options.counter().count(system.text());
            dropped.add(new DroppedSection(victim.kind(), victim.heading(), before - tokens));
        }
        boolean fits = options.maxTokens() == 0 || tokens <= options.maxTokens();
        Shaped shaped =
                RequestShapes.shape(persona, system.text(), system.provenance(), tokens, dropped, fits, options);
        requireWithinBound(shaped.text());
        return new RenderedPrompt(
                shaped.text(),
                system.text(),
                options.format(),
                tokens,
                options.counter().name(),
                shaped.fingerprint(),
                system.provenance(),
                dropped,
                fits,
                options.maxTokens());
    }

    /** The output in its format, and its fingerprint. */
    record Shaped(String text, String fingerprint) {}

    /** A prompt past the bound is refused before its tokens are counted (counting is the slow part). */
    private static void requireWithinBound(CharSequence text) {
        if (text.length() > RenderOptions.MAX_PROMPT_CHARS) {
            throw new PromptTooLargeException(RenderOptions.MAX_PROMPT_CHARS);
        }
    }

    /** The last section of the first kind in drop order that still has one and is not kept. */
    private static Section nextToDrop(List<Section> parts, Set<SectionKind> keep) {
        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        parts.forEach(s -> present.add(s.kind()));
        present.removeAll(keep);
        for (SectionKind kind : RenderOptions.DROP_ORDER) {
            if (present.contains(kind)) {
                for (int i = parts.size() - 1; i >= 0; i--) {
                    if (parts.get(i).kind() == kind) {
                        return parts.get(i);
                    }
                }
            }
        }
        return null;
    }

    /** System text and where each stretch of it came from. */
    private record Assembled(String text, List<Provenance> provenance) {}

    private static Assembled assemble(
            Persona persona, List<Section> parts, RenderOptions options, Set<String> declared, boolean own) {
        Filler fill = new Filler(options, declared, own);
        String label = persona.source().label();
        StringBuilder body = new StringBuilder();
        // Sections carry their own file: a persona that extends another holds sections of several.
        List<Provenance> provenance = new ArrayList<>();
        boolean markdown = options.format() != RenderFormat.TEXT;
        for (Section s : parts) {
            if (body.length() > 0) {
                body.append('\n');
            }
            int headingStart = body.length();
            boolean headed = !s.heading().isEmpty(); // the preamble has no heading
            if (headed) {
                String heading = fill.text(s.heading(), s.source(), s.line(), 1);
                body.append(markdown ? "## " : "").append(heading).append('\n');
                requireWithinBound(body);
                provenance.add(
                        new Provenance(headingStart, body.length(), s.source(), s.kind(), s.heading(), s.line()));
            }
            if (!s.text().isEmpty()) {
                body.append(markdown && headed ? "\n" : "");
                String[] lines = s.text().split("\n", -1);
                int lineStart = 0;
                for (int i = 0; i < lines.length; i++) {
                    int start = body.length();
                    int at = lineStart;
                    body.append(Variables.fill(
                                    lines[i],
                                    options.variables(),
                                    options.lenient(),
                                    where(lines[i], s.source(), s.fileLine(i), 1),
                                    o -> !own || Variables.isLiteral(s, at + o),
                                    declared::contains))
                            .append('\n');
                    // The bound is on the whole prompt, not each line: a long value in many placeholders, or a long
                    // declared default, is refused once the prompt passes it, before it can take the heap.
                    requireWithinBound(body);
                    lineStart += lines[i].length() + 1;
                    provenance.add(
                            new Provenance(start, body.length(), s.source(), s.kind(), s.heading(), s.fileLine(i)));
                }
            }
        }
        String title = fill.text(persona.title(), label, titleLine(persona), 1);
        String description = persona.metadata()
                .description()
                .map(d -> fill.text(
                        d,
                        label,
                        persona.metadata()
                                .span(org.persona4j.dialect.KeyRole.DESCRIPTION)
                                .map(sp -> sp.startLine())
                                .orElse(1),
                        1))
                .orElse("");
        String prefix;
        String suffix;
        if (options.template() != null) {
            Map<String, String> slots = slots(options, title, description);
            String t = options.template();
            int at = t.indexOf(SECTIONS_SLOT);
            prefix = Variables.fill(at < 0 ? t : t.substring(0, at), slots, options.lenient(), o -> "template:" + o);
            suffix = at < 0
                    ? ""
                    : Variables.fill(
                            t.substring(at + SECTIONS_SLOT.length()), slots, options.lenient(), o -> "template:" + o);
            if (at < 0) {
                return new Assembled(prefix, List.of());
            }
        } else {
            StringBuilder head =
                    new StringBuilder(markdown ? "# " : "").append(title).append('\n');
            if (!description.isEmpty()) {
                head.append('\n').append(description).append('\n');
            }
            prefix = head.append(body.length() > 0 ? "\n" : "").toString();
            suffix = "";
        }
        List<Provenance> shifted = new ArrayList<>();
        int titleLine = titleLine(persona);
        if (options.template() == null) {
            shifted.add(new Provenance(0, prefix.length(), label, null, "", titleLine));
        }
        for (Provenance p : provenance) {
            shifted.add(new Provenance(
                    p.start() + prefix.length(),
                    p.end() + prefix.length(),
                    p.source(),
                    p.kind(),
                    p.heading(),
                    p.line()));
        }
        return new Assembled(prefix + body + suffix, shifted);
    }

    private static Map<String, String> slots(RenderOptions options, String title, String description) {
        Map<String, String> slots = new HashMap<>(options.variables());
        slots.put("persona.title", title);
        slots.put("persona.description", description);
        return slots;
    }

    /** Fills the placeholders of headings, the title and the description. */
    private record Filler(RenderOptions options, Set<String> declared, boolean own) {
        String text(String text, String label, int line, int column) {
            return own
                    ? Variables.fill(text, options.variables(), options.lenient(), where(text, label, line, column))
                    : Variables.fill(
                            text,
                            options.variables(),
                            options.lenient(),
                            where(text, label, line, column),
                            o -> true,
                            declared::contains);
        }
    }

    /** The {@code file:line:column} of an offset of a text that starts at that line and column. */
    private static java.util.function.IntFunction<String> where(String text, String label, int line, int column) {
        return offset -> label + ":" + line + ":" + (column + text.codePointCount(0, offset));
    }

    /** The file line of the key the title comes from (a title, else a name), or 1. */
    private static int titleLine(Persona persona) {
        return persona.metadata()
                .span(org.persona4j.dialect.KeyRole.TITLE)
                .or(() -> persona.metadata().span(org.persona4j.dialect.KeyRole.NAME))
                .map(sp -> sp.startLine())
                .orElse(1);
    }
}
