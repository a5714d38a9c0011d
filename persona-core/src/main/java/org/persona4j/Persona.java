package org.persona4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Item;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;

/**
 * A persona: its id, metadata (front matter), where it came from, its read body with typed views, and what reading
 * it found. An immutable value that holds no parser: {@link #equals} and {@link #hashCode} compare what was read and
 * never parse anything. Besides the values read it keeps only its title, worked out once, and, for a persona read
 * inside a lint, its source's bytes until their hash is first asked for ({@link PersonaSource#sha256()}). A catalog
 * keeps each file's body bytes in its own entry, for search and for parsing on first use, not in the persona.
 * Thread-safe.
 *
 * <p>Readers build personas with {@link #of}; a {@link org.persona4j.catalog.PersonaCatalog} keeps bodies unparsed
 * until a persona is asked for (see {@code docs/ARCHITECTURE.md}).
 */
public final class Persona {

    private final String id;
    private final Dialect dialect;
    private final PersonaMetadata metadata;
    private final PersonaSource source;
    private final PersonaBody body;
    private final List<Diagnostic> headerDiagnostics;
    /** Worked out once: sorting by title asks for it in every comparison. */
    private final String title;

    private Persona(
            String id,
            Dialect dialect,
            PersonaMetadata metadata,
            PersonaSource source,
            PersonaBody body,
            List<Diagnostic> headerDiagnostics) {
        this.id = Objects.requireNonNull(id, "id");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.metadata = Objects.requireNonNull(metadata, "metadata").withDialect(dialect);
        this.source = Objects.requireNonNull(source, "source");
        this.body = Objects.requireNonNull(body, "body");
        this.headerDiagnostics = List.copyOf(headerDiagnostics);
        this.title = titleOf(this.id, this.metadata, this.body.title());
    }

    /**
     * {@return the one factory of personas}
     *
     * @param id                the persona's id
     * @param dialect           the format it was written in
     * @param metadata          its front matter, typed
     * @param source            where it was read from
     * @param body              its read body, with the body's own findings
     * @param headerDiagnostics what reading the bytes and the front matter found
     */
    public static Persona of(
            String id,
            Dialect dialect,
            PersonaMetadata metadata,
            PersonaSource source,
            PersonaBody body,
            List<Diagnostic> headerDiagnostics) {
        return new Persona(id, dialect, metadata, source, body, headerDiagnostics);
    }

    /** {@return a stable id: the front-matter {@code id} if there is one, else the file's path without extension} */
    public String id() {
        return id;
    }

    /**
     * {@return a name for people: the front-matter {@code title}, else a {@code name} key (as in Claude subagents and
     * skills), else the level-1 heading that opens the body (how Copilot instructions, prompts and chat modes and
     * Cursor rules are titled), else the id}
     */
    public String title() {
        return title;
    }

    /**
     * {@return {@link #title()} for a persona with this id and metadata, without building one}
     *
     * @param id       the persona's id
     * @param metadata its front matter
     */
    public static String titleOf(String id, PersonaMetadata metadata) {
        return titleOf(id, metadata, "");
    }

    /**
     * {@return {@link #title()} for a persona with this id, metadata and opening heading, without building one}
     *
     * @param id       the persona's id
     * @param metadata its front matter
     * @param heading  the level-1 heading that opens its body, or {@code ""}
     */
    public static String titleOf(String id, PersonaMetadata metadata, String heading) {
        return metadata.title()
                .or(metadata::name)
                .or(() -> heading == null || heading.isBlank()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(heading))
                .orElse(id);
    }

    /** {@return the format the persona was written in (see {@link Dialect} for how it is told)} */
    public Dialect dialect() {
        return dialect;
    }

    /** {@return its front matter, typed} */
    public PersonaMetadata metadata() {
        return metadata;
    }

    /** {@return where it was read from} */
    public PersonaSource source() {
        return source;
    }

    /** {@return the read body: sections, typed views and the body's findings} */
    public PersonaBody body() {
        return body;
    }

    /** {@return every finding of the reading: bytes and front matter first, then the body} */
    public List<Diagnostic> diagnostics() {
        if (body.diagnostics().isEmpty()) {
            return headerDiagnostics;
        }
        List<Diagnostic> all = new ArrayList<>(headerDiagnostics);
        all.addAll(body.diagnostics());
        return List.copyOf(all);
    }

    /** {@return what reading the bytes and the front matter found, without the body's findings} */
    public List<Diagnostic> headerDiagnostics() {
        return headerDiagnostics;
    }

    /** {@return its sections, in file order} */
    public List<Section> sections() {
        return body.sections();
    }

    /** {@return the role summary's Markdown; empty when it has none} */
    public String roleSummary() {
        return body.roleSummary();
    }

    /** {@return the items of its goals sections, in file order} */
    public List<Item> goals() {
        return body.goals();
    }

    /** {@return its capability groups, in file order} */
    public List<CapabilityGroup> capabilities() {
        return body.capabilities();
    }

    /** {@return the entries of its knowledge sections, in file order} */
    public List<Entry> knowledge() {
        return body.knowledge();
    }

    /** {@return the items of its constraints sections, in file order} */
    public List<Item> constraints() {
        return body.constraints();
    }

    /** {@return the items of its directives sections, in file order} */
    public List<Item> directives() {
        return body.directives();
    }

    /** {@return the entries of its interaction-protocol sections, in file order} */
    public List<Entry> interaction() {
        return body.interaction();
    }

    /** {@return its example workflows, in file order} */
    public List<Example> examples() {
        return body.examples();
    }

    /** {@return its code templates, in file order} */
    public List<CodeTemplate> templates() {
        return body.templates();
    }

    /** {@return the entries of its body's metadata section, in file order} */
    public List<Entry> bodyMetadata() {
        return body.bodyMetadata();
    }

    /**
     * Renders the persona as a prompt: Markdown with every section, unless the options say otherwise.
     *
     * @param options what to render and how
     * @return the prompt, with its token count and what was dropped to fit a budget
     * @throws org.persona4j.render.UnknownVariableException for a {@code {{name}}} with no value, unless lenient
     */
    public org.persona4j.render.RenderedPrompt render(org.persona4j.render.RenderOptions options) {
        return org.persona4j.internal.render.Renderer.render(this, Objects.requireNonNull(options, "options"));
    }

    /**
     * Renders with {@link org.persona4j.render.RenderOptions#defaults()}.
     *
     * @return the prompt as Markdown with every section
     */
    public org.persona4j.render.RenderedPrompt render() {
        return render(org.persona4j.render.RenderOptions.defaults());
    }

    /** Equal when id, dialect, metadata, source, body and findings are equal; compares values, parses nothing. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Persona p
                && id.equals(p.id)
                && dialect == p.dialect
                && metadata.equals(p.metadata)
                && source.equals(p.source)
                && headerDiagnostics.equals(p.headerDiagnostics)
                && body.equals(p.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, metadata, source);
    }

    @Override
    public String toString() {
        return "Persona[" + id + ", " + source.label() + "]";
    }
}
