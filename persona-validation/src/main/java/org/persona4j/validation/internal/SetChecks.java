package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.KeyRole;
import org.persona4j.internal.catalog.NearDuplicates;

/** Checks across the files of one run: ids and titles are unique. */
public final class SetChecks {

    public static final String DUPLICATE_ID = "set.duplicate-id";
    public static final String DUPLICATE_TITLE = "set.duplicate-title";
    public static final String UNKNOWN_REFERENCE = "set.unknown-reference";
    public static final String NEAR_DUPLICATE = "set.near-duplicate";
    public static final String DESCRIPTION_OVERLAP = "set.description-overlap";

    /** How alike two files' texts are before they are called copies (the estimated Jaccard of their 5-word runs). */
    static final double NEAR_DUPLICATE_AT = 0.9;

    /** How alike two descriptions' content words are before they are said to compete. */
    static final double OVERLAP_AT = 0.7;

    /** Agents Copilot provides itself, which a file may name without defining them. */
    private static final Set<String> BUILT_IN_AGENTS = Set.of("*", "agent", "ask", "edit", "plan");

    private SetChecks() {}

    /** The codes these checks report. */
    public static List<org.persona4j.validation.RuleInfo> codes() {
        return List.of(
                new org.persona4j.validation.RuleInfo(
                        DUPLICATE_ID, Severity.ERROR, "no two personas of a set share an id"),
                new org.persona4j.validation.RuleInfo(
                        DUPLICATE_TITLE, Severity.WARNING, "no two personas of a set share a title"),
                new org.persona4j.validation.RuleInfo(
                        NEAR_DUPLICATE,
                        Severity.WARNING,
                        "no two files of a set hold mostly the same text (a skill shipped again as a prompt, an agent "
                                + "copied into another plugin): searches and models then see two choices that are one"),
                new org.persona4j.validation.RuleInfo(
                        DESCRIPTION_OVERLAP,
                        Severity.WARNING,
                        "no two personas of a set describe themselves in mostly the same words, which makes a model "
                                + "that picks by description pick the wrong one"),
                new org.persona4j.validation.RuleInfo(
                        UNKNOWN_REFERENCE,
                        Severity.WARNING,
                        "the skills a Claude subagent preloads and the agents a Copilot agent starts or hands over to "
                                + "are among the files linted, when any of their kind are"));
    }

    /**
     * What the checks across files need of a persona: its id, its title, where it was read from, and where its id
     * and title are written.
     *
     * @param id        the id
     * @param title     the title
     * @param label     the file's label
     * @param idSpan     where the id is written, or the file
     * @param titleSpan  where the title (or name) is written, or the file
     * @param dialect    its dialect
     * @param names      what other files call it by: its name and the last part of its id
     * @param references the skills and agents it names, each with where
     * @param text       the sketch of the file's text, to find copies
     * @param description the sketch of its description's content words, and where it is written
     * @param descriptionSpan where its description is written, or the file
     */
    public record Entry(
            String id,
            String title,
            String label,
            SourceSpan idSpan,
            SourceSpan titleSpan,
            Dialect dialect,
            Set<String> names,
            List<Reference> references,
            NearDuplicates.Sketch text,
            NearDuplicates.Sketch description,
            SourceSpan descriptionSpan) {

        /**
         * The entry of a persona.
         *
         * @param p the persona
         */
        public static Entry of(Persona p) {
            Set<String> names = new HashSet<>();
            names.add(p.id().substring(p.id().lastIndexOf('/') + 1));
            p.metadata().name().ifPresent(names::add);
            List<Reference> refs = new ArrayList<>();
            SourceSpan skills = p.metadata().span(KeyRole.SKILLS).orElse(SourceSpan.FILE);
            p.metadata().list(KeyRole.SKILLS).forEach(s -> refs.add(new Reference(Dialect.AGENT_SKILL, s, skills)));
            SourceSpan agents = p.metadata().span(KeyRole.SUBAGENTS).orElse(SourceSpan.FILE);
            p.metadata().list(KeyRole.SUBAGENTS).forEach(a -> refs.add(new Reference(p.dialect(), a, agents)));
            SourceSpan handoffs = p.metadata().span(KeyRole.HANDOFFS).orElse(SourceSpan.FILE);
            p.metadata().handoffs().forEach(h -> refs.add(new Reference(p.dialect(), h.agent(), handoffs)));
            return new Entry(
                    p.id(),
                    p.title(),
                    p.source().label(),
                    p.metadata().span(KeyRole.ID).orElse(SourceSpan.FILE),
                    p.metadata()
                            .span(KeyRole.TITLE)
                            .or(() -> p.metadata().span(KeyRole.NAME))
                            .orElse(SourceSpan.FILE),
                    p.dialect(),
                    Set.copyOf(names),
                    List.copyOf(refs),
                    NearDuplicates.sketch(bodyText(p), 5, false),
                    NearDuplicates.sketch(p.metadata().description().orElse(""), 1, true),
                    p.metadata().span(KeyRole.DESCRIPTION).orElse(SourceSpan.FILE));
        }
    }

    /**
     * What a persona says, to find copies: its body, not the front matter, whose keys a set of files written from one
     * template share whatever they say, and whose description a copy often words anew.
     */
    static String bodyText(Persona p) {
        StringBuilder out = new StringBuilder();
        out.append(p.body().title()).append('\n').append(p.body().preamble());
        for (org.persona4j.model.Section s : p.body().sections()) {
            out.append('\n').append(s.heading()).append('\n').append(s.text());
        }
        return out.toString();
    }

    /**
     * A skill or agent a persona names.
     *
     * @param dialect the dialect of the file it names
     * @param name    the name
     * @param span    where it is named
     */
    public record Reference(Dialect dialect, String name, SourceSpan span) {}

    /**
     * Calls {@code report} with the index of each persona that repeats an earlier one's id or title, or names a skill
     * or agent that none of the personas of that kind is.
     */
    public static void check(List<Entry> personas, BiConsumer<Integer, Diagnostic> report) {
        references(personas, report);
        copies(personas, report);
        Map<String, Entry> ids = new HashMap<>();
        Map<String, Entry> titles = new HashMap<>();
        for (int i = 0; i < personas.size(); i++) {
            Entry p = personas.get(i);
            Entry sameId = ids.putIfAbsent(p.id(), p);
            if (sameId != null) {
                report.accept(
                        i,
                        new Diagnostic(
                                Severity.ERROR,
                                DUPLICATE_ID,
                                "id '" + p.id() + "' is also the id " + "of " + sameId.label()
                                        + "; give one of them another 'id' or file name",
                                p.label(),
                                p.idSpan()));
            }
            String title = p.title().strip().toLowerCase(Locale.ROOT);
            Entry sameTitle = titles.putIfAbsent(title, p);
            if (sameTitle != null) {
                report.accept(
                        i,
                        new Diagnostic(
                                Severity.WARNING,
                                DUPLICATE_TITLE,
                                "title '" + p.title() + "' is also the title of " + sameTitle.label()
                                        + "; tell them apart",
                                p.label(),
                                p.titleSpan()));
            }
        }
    }

    /**
     * Files of mostly the same text, and personas whose descriptions compete: each reported at the later file, naming
     * the earlier and what they share. Linear in the files (MinHash with bands, {@link NearDuplicates}).
     */
    private static void copies(List<Entry> personas, BiConsumer<Integer, Diagnostic> report) {
        Set<Long> copies = new HashSet<>();
        List<NearDuplicates.Pair> texts =
                NearDuplicates.find(personas.stream().map(Entry::text).toList(), NEAR_DUPLICATE_AT);
        Set<Integer> told = new HashSet<>();
        for (NearDuplicates.Pair pair : texts) {
            // Each copy is told once, of the first file it copies: a text in 30 plugins is 29 findings, not 435.
            if (!told.add(pair.second())) {
                copies.add((long) pair.first() * personas.size() + pair.second());
                continue;
            }
            Entry first = personas.get(pair.first());
            Entry second = personas.get(pair.second());
            copies.add((long) pair.first() * personas.size() + pair.second());
            report.accept(
                    pair.second(),
                    new Diagnostic(
                            Severity.WARNING,
                            NEAR_DUPLICATE,
                            String.format(
                                            Locale.ROOT,
                                            "about %d%% of its text is the same as %s's",
                                            Math.round(pair.similarity() * 100),
                                            first.label())
                                    + (pair.shared().isEmpty()
                                            ? ""
                                            : " (both say '" + Quote.shorten(pair.shared()) + "')")
                                    + "; keep one, or make each say what only it does",
                            second.label(),
                            SourceSpan.FILE));
        }
        List<NearDuplicates.Pair> descriptions =
                NearDuplicates.find(personas.stream().map(Entry::description).toList(), OVERLAP_AT);
        Set<Integer> competing = new HashSet<>();
        for (NearDuplicates.Pair pair : descriptions) {
            if (copies.contains((long) pair.first() * personas.size() + pair.second())
                    || told.contains(pair.second())
                    || !competing.add(pair.second())) {
                continue; // a copy's finding says it all; and each description is told of its first rival only
            }
            Entry first = personas.get(pair.first());
            Entry second = personas.get(pair.second());
            List<String> shared = new ArrayList<>(
                    new java.util.LinkedHashSet<>(second.description().head()));
            shared.retainAll(new HashSet<>(first.description().head()));
            report.accept(
                    pair.second(),
                    new Diagnostic(
                            Severity.WARNING,
                            DESCRIPTION_OVERLAP,
                            "its description competes with " + first.label() + "'s for the same tasks (both name: "
                                    + Quote.shorten(String.join(", ", shared))
                                    + "); say what sets each apart, so that a model choosing by description picks "
                                    + "the right one",
                            second.label(),
                            second.descriptionSpan()));
        }
    }

    /** References to skills and agents, checked where the run holds files of the kind they name. */
    private static void references(List<Entry> personas, BiConsumer<Integer, Diagnostic> report) {
        Map<Dialect, Set<String>> known = new HashMap<>();
        for (Entry e : personas) {
            known.computeIfAbsent(e.dialect(), d -> new HashSet<>()).addAll(e.names());
        }
        for (int i = 0; i < personas.size(); i++) {
            Entry e = personas.get(i);
            for (Reference r : e.references()) {
                Set<String> names = known.get(r.dialect());
                String n = r.name().strip();
                if (names == null || names.contains(n) || BUILT_IN_AGENTS.contains(n)) {
                    continue; // no file of that kind was linted, so there is nothing to tell
                }
                report.accept(
                        i,
                        new Diagnostic(
                                Severity.WARNING,
                                UNKNOWN_REFERENCE,
                                "'" + Quote.shorten(n) + "' is not the name of any "
                                        + r.dialect().displayName()
                                        + " linted with this file; the tool skips a name it cannot find",
                                e.label(),
                                r.span()));
            }
        }
    }
}
