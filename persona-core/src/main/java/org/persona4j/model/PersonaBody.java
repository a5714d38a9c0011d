package org.persona4j.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Diagnostic;
import org.persona4j.internal.body.Views;

/**
 * The Markdown body of a persona, read: its sections in file order, each with the blocks the reader found in it,
 * from which the typed views ({@link #goals()}, {@link #capabilities()}, {@link #examples()}…) are derived when asked.
 * A view gathers every section of its kind, in order, and is empty when the persona has no such section.
 *
 * @param title        the level-1 heading that opens the body ({@code Persona: Backend Engineer}); empty if none
 * @param preamble     Markdown between that heading and the first section; empty if none
 * @param sections     every level-2 section, in file order
 * @param links        every link and image in the body, in file order
 * @param diagnostics  what reading the body found
 * @param preambleLine the file line the preamble starts on; 0 when not known
 * @param preambleCode where the preamble holds code, as in {@link Section#code()}
 */
public record PersonaBody(
        String title,
        String preamble,
        List<Section> sections,
        List<Link> links,
        List<Diagnostic> diagnostics,
        int preambleLine,
        List<TextRange> preambleCode) {

    /** A body with nothing in it. */
    public static final PersonaBody EMPTY = new PersonaBody("", "", List.of(), List.of(), List.of(), 0, List.of());

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param title        the level-1 heading that opens the body; empty if none
     * @param preamble     Markdown between that heading and the first section; empty if none
     * @param sections     every level-2 section, in file order
     * @param links        every link and image in the body, in file order
     * @param diagnostics  what reading the body found
     * @param preambleLine the file line the preamble starts on; 0 when not known
     * @param preambleCode where the preamble holds code, as in {@link Section#code()}
     */
    public PersonaBody {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(preamble, "preamble");
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
        preambleCode = List.copyOf(preambleCode);
        if (preambleLine < 0) {
            throw new IllegalArgumentException("preambleLine must not be negative, was " + preambleLine);
        }
    }

    /**
     * A body whose preamble's line and code are not known.
     *
     * @param title    the level-1 heading that opens the body; empty if none
     * @param preamble Markdown between that heading and the first section; empty if none
     * @param sections every level-2 section, in file order
     */
    public PersonaBody(String title, String preamble, List<Section> sections) {
        this(title, preamble, sections, List.of(), List.of(), 0, List.of());
    }

    /**
     * {@return the same body with other diagnostics}
     *
     * @param newDiagnostics the diagnostics the copy holds
     */
    public PersonaBody withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new PersonaBody(title, preamble, sections, links, newDiagnostics, preambleLine, preambleCode);
    }

    /** {@return the text of the first role-summary section, or the preamble when there is none} */
    public String roleSummary() {
        return Views.roleSummary(sections, preamble);
    }

    /** {@return the list items of the goals sections (their paragraphs where they have no list)} */
    public List<Item> goals() {
        return Views.goals(sections);
    }

    /** {@return the capability groups: {@code - **Languages**: Python, Go}, bold labels over lists, sub-headings} */
    public List<CapabilityGroup> capabilities() {
        return Views.capabilities(sections);
    }

    /** {@return the knowledge areas: {@code - **Key**: text} items, bold labels and sub-headings with their text} */
    public List<Entry> knowledge() {
        return Views.knowledge(sections);
    }

    /** {@return the list items of the constraints sections} */
    public List<Item> constraints() {
        return Views.constraints(sections);
    }

    /** {@return the list items of the directives sections} */
    public List<Item> directives() {
        return Views.directives(sections);
    }

    /** {@return the interaction entries (input format, escalation rules…)} */
    public List<Entry> interaction() {
        return Views.interaction(sections);
    }

    /** {@return the worked examples, each with its {@code User:} / {@code Agent:} exchanges} */
    public List<Example> examples() {
        return Views.examples(sections);
    }

    /** {@return the code templates: fenced code under a sub-heading or a bold label} */
    public List<CodeTemplate> templates() {
        return Views.templates(sections);
    }

    /** {@return the entries of the body's metadata section ({@code Version}, {@code Last Updated}…)} */
    public List<Entry> bodyMetadata() {
        return Views.bodyMetadata(sections);
    }

    /**
     * {@return the sections of one kind, in file order}
     *
     * @param kind the section kind
     */
    public List<Section> sections(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    /**
     * {@return the capability group with this category name, compared ignoring case}
     *
     * @param category the category's name
     */
    public Optional<CapabilityGroup> capability(String category) {
        return capabilities().stream()
                .filter(g -> g.category().equalsIgnoreCase(category))
                .findFirst();
    }

    /**
     * {@return the body metadata value for this key ({@code Version}, {@code Last Updated}…), compared ignoring case}
     *
     * @param key the key, such as {@code Version}
     */
    public Optional<String> bodyMetadata(String key) {
        return bodyMetadata().stream()
                .filter(e -> e.key().equalsIgnoreCase(key))
                .map(Entry::value)
                .findFirst();
    }
}
