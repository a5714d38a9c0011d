package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.SourceSpan;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Origin;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.IdRule;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Lifecycle;
import org.persona4j.dialect.Presence;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;

/**
 * Converts a persona to another dialect: the front matter key by key ({@link KeyMapper}), the keys the target needs
 * filled from what the source has, the body section by section (CrewAI's {@code {input}} placeholders declared, links
 * to bundled files the target cannot take made plain text), the files an Agent Skill bundles copied or ledgered
 * ({@link Bundle}), and the file written by the Markdown writer. Every source key, section and bundled file gets one
 * ledger entry.
 */
public final class Converter {

    private Converter() {}

    public static Conversion convert(Persona source, Dialect target) {
        DialectSpec tgt = target.spec();
        if (tgt.files().severalPerFile()) {
            throw new IllegalArgumentException(tgt.displayName() + "s are read and converted from, not written: "
                    + "their agents share one file; convert to another dialect");
        }
        if (tgt.lifecycle() == Lifecycle.RETIRED) {
            DialectSpec now = tgt.replacement().spec();
            throw new IllegalArgumentException(tgt.displayName() + "s are retired: " + tgt.notes() + " Convert to "
                    + now.shortName() + " (" + now.displayName() + ") instead");
        }
        PersonaMetadata m = source.metadata();
        String name = Dialect.slug(
                source.dialect().spec().files().id() == IdRule.ENTRY_KEY
                        ? lastSegment(source.id())
                        : m.name().or(m::title).orElse(lastSegment(source.id())));
        String label = source.source().label();
        String path = target.conventionalPath(name);
        KeyMapper keys = new KeyMapper(m, source.dialect(), target, name, label);
        List<LedgerEntry> ledger = new ArrayList<>(keys.map());
        Map<String, Object> frontMatter = keys.frontMatter();
        Placeholders placeholders = Placeholders.of(source, tgt);
        ledger.addAll(fill(frontMatter, source, tgt, name, placeholders));

        PersonaBody body = source.body();
        Bundle bundle = Bundle.of(source, tgt, path);
        List<Section> kept = new ArrayList<>();
        int length = headLength(body);
        for (Section s : body.sections()) {
            Section written = bundle.unlink(placeholders.apply(s));
            length += sectionLength(written);
            if (tgt.maxBodyChars() > 0 && length > tgt.maxBodyChars()) {
                ledger.add(new LedgerEntry(
                        Origin.SECTION,
                        s.heading(),
                        Outcome.LOST,
                        "",
                        tgt.displayName() + "s are read up to " + tgt.maxBodyChars()
                                + " characters, and this section would pass them",
                        s.source(),
                        s.span()));
            } else {
                kept.add(written);
                boolean same = written.text().equals(s.text());
                ledger.add(new LedgerEntry(
                        Origin.SECTION,
                        s.heading(),
                        same ? Outcome.MAPPED : Outcome.TRANSFORMED,
                        "## " + s.heading(),
                        same
                                ? ""
                                : String.join("; ", bundle.unlinkedIn(s), placeholders.note())
                                        .replaceAll("^; |; $", ""),
                        s.source(),
                        s.span()));
            }
        }
        ledger.addAll(bundle.ledger());
        String text = org.persona4j.internal.Formats.writer("markdown")
                .write(written(source, target, KeyMapper.ordered(frontMatter, target), body, kept, bundle));
        return new Conversion(source, target, path, text, ledger, bundle.files());
    }

    /** The persona the Markdown writer writes: every key in the target's order; the kept sections. */
    private static Persona written(
            Persona source,
            Dialect target,
            Map<String, Object> frontMatter,
            PersonaBody body,
            List<Section> sections,
            Bundle bundle) {
        org.persona4j.PersonaMetadataBuilder metadata =
                PersonaMetadata.builder().dialect(target);
        frontMatter.forEach(metadata::put);
        PersonaBody kept = new PersonaBody(
                body.title(), bundle.unlink(body.preamble(), Math.max(1, body.preambleLine())), sections);
        return Persona.of(source.id(), target, metadata.build(), source.source(), kept, List.of());
    }

    /**
     * The keys the target requires or asks for that no source key gave, from what the source has: a name from the
     * file's name, a description from the role summary, a title, every file for an instructions file's patterns,
     * CrewAI's inputs as declared variables.
     */
    private static List<LedgerEntry> fill(
            Map<String, Object> fm, Persona source, DialectSpec tgt, String name, Placeholders placeholders) {
        List<LedgerEntry> filled = new ArrayList<>();
        String label = source.source().label();
        for (KeySpec key : tgt.keys()) {
            if (key.presence() == Presence.OPTIONAL && key.role() != KeyRole.VARIABLES
                    || !isBlank(fm.get(key.name()))) {
                continue;
            }
            Object value = null;
            String note = "";
            switch (key.role()) {
                case NAME -> {
                    value = name;
                    note = "from the file's name";
                }
                case DESCRIPTION -> {
                    value = describe(source, key.maxLength());
                    note = "from the role summary, the preamble or the title";
                }
                case TITLE -> {
                    value = source.metadata().name().orElse(source.title());
                    note = "from the name";
                }
                case PATTERNS -> {
                    if (!appliesEverywhere(source)) {
                        filled.add(new LedgerEntry(
                                Origin.FILLED,
                                key.name(),
                                Outcome.LOST,
                                "",
                                "left out: the source applies only when asked or chosen, and a "
                                        + tgt.displayName() + " without '" + key.name()
                                        + "' is one that is attached by hand",
                                label,
                                SourceSpan.FILE));
                        continue;
                    }
                    value = key.written(List.of("**"));
                    note = "the source names no files, and " + tgt.displayName() + "s apply only to the files they "
                            + "name: every file";
                }
                case VARIABLES -> {
                    value = placeholders.declarations();
                    note = placeholders.note();
                }
                default -> {}
            }
            if (value != null && !isBlank(value)) {
                fm.put(key.name(), value);
                filled.add(new LedgerEntry(
                        Origin.FILLED, key.name(), Outcome.TRANSFORMED, key.name(), note, label, SourceSpan.FILE));
            }
        }
        return filled;
    }

    /**
     * Whether the source applies to every file in its scope: an AGENTS.md or a repository's instructions, a rule
     * applied always or one whose tool applies it everywhere without patterns, or an agent or AI-LEY persona, which
     * is a role chosen by name and names no files; not a rule that applies only when asked for or chosen by the
     * agent (a Cursor rule without globs or alwaysApply, a Copilot instructions file without applyTo).
     */
    private static boolean appliesEverywhere(Persona source) {
        org.persona4j.dialect.Scope scope = source.dialect().spec().scope();
        if (scope.kind() != org.persona4j.dialect.ScopeKind.PATTERNS || source.dialect() == Dialect.AI_LEY) {
            return true;
        }
        PersonaMetadata m = source.metadata();
        return m.alwaysApply().orElse(false) || !m.filePatterns().isEmpty() || scope.withoutPatterns();
    }

    /** A description from the role summary, the preamble or the title, on one line. */
    private static String describe(Persona source, int max) {
        String from = firstParagraph(source.body().roleSummary());
        if (from.isEmpty()) {
            from = firstParagraph(source.body().preamble());
        }
        if (from.isEmpty()) {
            from = source.title();
        }
        return max > 0 ? cut(from, max) : from;
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

    static boolean isBlank(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> mp && mp.isEmpty();
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
