package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.Personas;
import org.persona4j.SourceSpan;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Origin;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;

/**
 * Converts a persona to another dialect: the front matter key by key ({@link KeyMapper}), the body section by
 * section, the dialect's required keys filled in from what the source has, and the file written by the Markdown
 * writer. Every source key and section gets one ledger entry.
 */
public final class Converter {

    static final int COPILOT_AGENT_BODY_MAX = Dialect.COPILOT_AGENT_BODY_MAX;
    static final int SKILL_DESCRIPTION_MAX = Dialect.SKILL_DESCRIPTION_MAX;

    private Converter() {}

    public static Conversion convert(Persona source, Dialect target) {
        if (!target.writable()) {
            throw new IllegalArgumentException(target.displayName() + "s are read and converted from, not written: "
                    + "their agents share one file; convert to another dialect");
        }
        PersonaMetadata m = source.metadata();
        String name = Dialect.slug(m.name().or(m::title).orElse(lastSegment(source.id())));
        String label = source.source().label();
        KeyMapper keys = new KeyMapper(m, source.dialect(), target, name, label);
        List<LedgerEntry> ledger = new ArrayList<>(keys.map());
        Map<String, Object> frontMatter = keys.frontMatter();
        fillRequired(frontMatter, source, target, name);

        PersonaBody body = source.body();
        List<Section> kept = new ArrayList<>();
        int length = headLength(body);
        for (Section s : body.sections()) {
            length += sectionLength(s);
            if (target == Dialect.COPILOT_AGENT && length > COPILOT_AGENT_BODY_MAX) {
                ledger.add(new LedgerEntry(
                        Origin.SECTION,
                        s.heading(),
                        Outcome.LOST,
                        "",
                        "Copilot reads at most " + COPILOT_AGENT_BODY_MAX
                                + " characters of an agent's prompt, and this section would pass them",
                        s.source(),
                        s.span()));
            } else {
                kept.add(s);
                ledger.add(new LedgerEntry(
                        Origin.SECTION, s.heading(), Outcome.MAPPED, "## " + s.heading(), "", s.source(), s.span()));
            }
        }
        String text =
                Personas.write(written(source, target, KeyMapper.ordered(frontMatter, target), body, kept), "markdown");
        return new Conversion(source, target, target.conventionalPath(name), text, ledger);
    }

    /** The persona the Markdown writer writes: every key untyped, in the target's order; the kept sections. */
    private static Persona written(
            Persona source, Dialect target, Map<String, Object> frontMatter, PersonaBody body, List<Section> sections) {
        PersonaMetadata.Builder metadata = PersonaMetadata.builder();
        frontMatter.forEach(metadata::extra);
        PersonaBody kept = new PersonaBody(
                body.title(),
                body.preamble(),
                sections,
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return Persona.of(source.id(), target, metadata.build(), source.source(), kept, List.of());
    }

    /** The keys a dialect requires, from what the source has when it has no key of that name. */
    private static void fillRequired(Map<String, Object> fm, Persona source, Dialect target, String name) {
        switch (target) {
            case CLAUDE_SUBAGENT, AGENT_SKILL, COPILOT_AGENT -> {
                putIfBlank(fm, "name", name);
                if (target != Dialect.COPILOT_AGENT && isBlank(fm.get("description"))) {
                    fm.put("description", describe(source, target));
                }
            }
            case AI_LEY -> {
                if (isBlank(fm.get("title"))) {
                    putIfBlank(fm, "title", source.metadata().name().orElse(source.title()));
                }
            }
            default -> {}
        }
    }

    /** A description for a dialect that needs one, from the role summary, the preamble or the title. */
    private static String describe(Persona source, Dialect target) {
        String from = firstParagraph(source.body().roleSummary());
        if (from.isEmpty()) {
            from = firstParagraph(source.body().preamble());
        }
        if (from.isEmpty()) {
            from = source.title();
        }
        return target == Dialect.AGENT_SKILL ? cut(from, SKILL_DESCRIPTION_MAX) : from;
    }

    private static String firstParagraph(String markdown) {
        String text = markdown.strip();
        int blank = text.indexOf("\n\n");
        String first = blank < 0 ? text : text.substring(0, blank);
        return first.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters, cut at a space when there is one in the last fifth. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        int space = text.lastIndexOf(' ', max);
        if (space > max * 4 / 5) {
            end = space;
        }
        if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static void putIfBlank(Map<String, Object> fm, String key, Object value) {
        if (isBlank(fm.get(key))) {
            fm.put(key, value);
        }
    }

    static boolean isBlank(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** The characters the Markdown writer writes for the title and the preamble. */
    private static int headLength(PersonaBody body) {
        int n = body.title().isEmpty() ? 0 : body.title().length() + 4;
        return n + (body.preamble().isEmpty() ? 0 : body.preamble().length() + 2);
    }

    private static int sectionLength(Section s) {
        return s.heading().length() + 5 + (s.text().isEmpty() ? 0 : s.text().length() + 2);
    }

    /** Where a key is in the source, or the start of the file. */
    static SourceSpan spanOf(PersonaMetadata m, String key) {
        Optional<SourceSpan> span = m.span(key);
        return span.orElse(SourceSpan.FILE);
    }
}
