package org.persona4j.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Diagnostic;

/**
 * The Markdown body of a persona, read: its sections in file order and the typed views a reader derived from them.
 * Views gather every section of their kind, in order; a view is empty when the persona has no such section.
 *
 * @param title        the level-1 heading that opens the body ({@code Persona: Backend Engineer}); empty if none
 * @param preamble     Markdown between that heading and the first section; empty if none
 * @param sections     every level-2 section, in file order
 * @param roleSummary  the text of the first role-summary section, or the preamble when there is none
 * @param goals        list items of goal sections
 * @param capabilities capability groups
 * @param knowledge    knowledge areas
 * @param constraints  list items of constraint sections
 * @param directives   list items of directive sections
 * @param interaction  interaction entries (input format, escalation rules…)
 * @param examples     worked examples
 * @param templates    code templates
 * @param bodyMetadata entries of the body's metadata section ({@code Version}, {@code Last Updated}…)
 * @param links        every link and image in the body, in file order
 * @param diagnostics  what reading the body found
 * @param preambleLine the file line the preamble starts on; 0 when not known
 * @param preambleCode where the preamble holds code, as in {@link Section#code()}
 */
public record PersonaBody(
        String title,
        String preamble,
        List<Section> sections,
        String roleSummary,
        List<Item> goals,
        List<CapabilityGroup> capabilities,
        List<Entry> knowledge,
        List<Item> constraints,
        List<Item> directives,
        List<Entry> interaction,
        List<Example> examples,
        List<CodeTemplate> templates,
        List<Entry> bodyMetadata,
        List<Link> links,
        List<Diagnostic> diagnostics,
        int preambleLine,
        List<TextRange> preambleCode) {

    /** A body with nothing in it. */
    public static final PersonaBody EMPTY = new PersonaBody(
            "", "", List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    /**
     * A body whose preamble's line and code are not known.
     *
     * @param title        the level-1 heading that opens the body ({@code Persona: Backend Engineer}); empty if none
     * @param preamble     Markdown between that heading and the first section; empty if none
     * @param sections     every level-2 section, in file order
     * @param roleSummary  the text of the first role-summary section, or the preamble when there is none
     * @param goals        list items of goal sections
     * @param capabilities capability groups
     * @param knowledge    knowledge areas
     * @param constraints  list items of constraint sections
     * @param directives   list items of directive sections
     * @param interaction  interaction entries (input format, escalation rules…)
     * @param examples     worked examples
     * @param templates    code templates
     * @param bodyMetadata entries of the body's metadata section ({@code Version}, {@code Last Updated}…)
     * @param links        every link and image in the body, in file order
     * @param diagnostics  what reading the body found
     */
    public PersonaBody(
            String title,
            String preamble,
            List<Section> sections,
            String roleSummary,
            List<Item> goals,
            List<CapabilityGroup> capabilities,
            List<Entry> knowledge,
            List<Item> constraints,
            List<Item> directives,
            List<Entry> interaction,
            List<Example> examples,
            List<CodeTemplate> templates,
            List<Entry> bodyMetadata,
            List<Link> links,
            List<Diagnostic> diagnostics) {
        this(
                title,
                preamble,
                sections,
                roleSummary,
                goals,
                capabilities,
                knowledge,
                constraints,
                directives,
                interaction,
                examples,
                templates,
                bodyMetadata,
                links,
                diagnostics,
                0,
                List.of());
    }

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param title        the level-1 heading that opens the body ({@code Persona: Backend Engineer}); empty if none
     * @param preamble     Markdown between that heading and the first section; empty if none
     * @param sections     every level-2 section, in file order
     * @param roleSummary  the text of the first role-summary section, or the preamble when there is none
     * @param goals        list items of goal sections
     * @param capabilities capability groups
     * @param knowledge    knowledge areas
     * @param constraints  list items of constraint sections
     * @param directives   list items of directive sections
     * @param interaction  interaction entries (input format, escalation rules…)
     * @param examples     worked examples
     * @param templates    code templates
     * @param bodyMetadata entries of the body's metadata section ({@code Version}, {@code Last Updated}…)
     * @param links        every link and image in the body, in file order
     * @param diagnostics  what reading the body found
     * @param preambleLine the file line the preamble starts on; 0 when not known
     * @param preambleCode where the preamble holds code, as in {@link Section#code()}
     */
    public PersonaBody {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(roleSummary, "roleSummary");
        sections = List.copyOf(sections);
        goals = List.copyOf(goals);
        capabilities = List.copyOf(capabilities);
        knowledge = List.copyOf(knowledge);
        constraints = List.copyOf(constraints);
        directives = List.copyOf(directives);
        interaction = List.copyOf(interaction);
        examples = List.copyOf(examples);
        templates = List.copyOf(templates);
        bodyMetadata = List.copyOf(bodyMetadata);
        links = List.copyOf(links);
        diagnostics = List.copyOf(diagnostics);
        preambleCode = List.copyOf(preambleCode);
        if (preambleLine < 0) {
            throw new IllegalArgumentException("preambleLine must not be negative, was " + preambleLine);
        }
    }

    /**
     * {@return the same body with other diagnostics}
     *
     * @param newDiagnostics the diagnostics the copy holds
     */
    public PersonaBody withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new PersonaBody(
                title,
                preamble,
                sections,
                roleSummary,
                goals,
                capabilities,
                knowledge,
                constraints,
                directives,
                interaction,
                examples,
                templates,
                bodyMetadata,
                links,
                newDiagnostics,
                preambleLine,
                preambleCode);
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
        return capabilities.stream()
                .filter(g -> g.category().equalsIgnoreCase(category))
                .findFirst();
    }

    /**
     * {@return the body metadata value for this key ({@code Version}, {@code Last Updated}…), compared ignoring case}
     *
     * @param key the key, such as {@code Version}
     */
    public Optional<String> bodyMetadata(String key) {
        return bodyMetadata.stream()
                .filter(e -> e.key().equalsIgnoreCase(key))
                .map(Entry::value)
                .findFirst();
    }
}
