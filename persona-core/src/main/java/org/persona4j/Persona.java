package org.persona4j;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Item;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;

/**
 * A persona: its id, metadata (front matter), where it came from, and its body. Immutable and thread-safe.
 *
 * <p>The body may be parsed lazily: a persona read with {@link ReadOptions#lazyBody()} holds only the body text
 * until {@link #body()} or any section view is first called; then it is parsed once, whichever thread asks first,
 * and the parser's syntax tree is not kept.
 */
public final class Persona {

    private final String id;
    private final PersonaMetadata metadata;
    private final PersonaSource source;
    private final List<Diagnostic> headerDiagnostics;
    /** The body as written, in UTF-8: half the size of a String once the text has a character beyond Latin-1. */
    private final byte[] bodyUtf8;
    private volatile PersonaBody body;
    private Function<String, PersonaBody> bodyParser; // guarded by this; null once parsed

    static {
        org.persona4j.internal.BodyBytes.install(p -> p.bodyUtf8);
    }

    private Persona(String id, PersonaMetadata metadata, PersonaSource source, List<Diagnostic> headerDiagnostics,
            String bodyMarkdown, PersonaBody body, Function<String, PersonaBody> bodyParser) {
        this(id, metadata, source, headerDiagnostics,
                Objects.requireNonNull(bodyMarkdown, "bodyMarkdown").getBytes(StandardCharsets.UTF_8), body,
                bodyParser);
    }

    /** {@code bodyUtf8} is owned by the new persona: nobody else may hold it. */
    private Persona(String id, PersonaMetadata metadata, PersonaSource source, List<Diagnostic> headerDiagnostics,
            byte[] bodyUtf8, PersonaBody body, Function<String, PersonaBody> bodyParser) {
        this.id = Objects.requireNonNull(id, "id");
        this.bodyUtf8 = bodyUtf8;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.source = Objects.requireNonNull(source, "source");
        this.headerDiagnostics = List.copyOf(headerDiagnostics);
        this.body = body;
        this.bodyParser = bodyParser;
    }

    /** A persona whose body is already parsed. */
    public static Persona of(String id, PersonaMetadata metadata, PersonaSource source, PersonaBody body,
            List<Diagnostic> headerDiagnostics) {
        return of(id, metadata, source, body, headerDiagnostics, "");
    }

    /** A persona whose body is already parsed, with the body's Markdown as written. */
    public static Persona of(String id, PersonaMetadata metadata, PersonaSource source, PersonaBody body,
            List<Diagnostic> headerDiagnostics, String bodyMarkdown) {
        return new Persona(id, metadata, source, headerDiagnostics, bodyMarkdown, Objects.requireNonNull(body,
                "body"), null);
    }

    /**
     * A persona whose body is already parsed, with the body's Markdown as the UTF-8 bytes {@code utf8[from..to)} of
     * the file a reader holds, so it need not be encoded again. The range is copied; the caller's array is neither
     * kept nor changed.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code utf8}
     */
    public static Persona of(String id, PersonaMetadata metadata, PersonaSource source, PersonaBody body,
            List<Diagnostic> headerDiagnostics, byte[] utf8, int from, int to) {
        Objects.checkFromToIndex(from, to, utf8.length);
        return new Persona(id, metadata, source, headerDiagnostics, java.util.Arrays.copyOfRange(utf8, from, to),
                Objects.requireNonNull(body, "body"), null);
    }

    /**
     * A persona whose body is parsed by {@code bodyParser} on first access. For reader implementations: the
     * parser is called at most once and must report bad input as diagnostics in the body, not by throwing.
     */
    public static Persona deferred(String id, PersonaMetadata metadata, PersonaSource source,
            List<Diagnostic> headerDiagnostics, Supplier<PersonaBody> bodyParser) {
        Objects.requireNonNull(bodyParser, "bodyParser");
        return deferred(id, metadata, source, headerDiagnostics, "", markdown -> bodyParser.get());
    }

    /**
     * A persona that keeps its body's Markdown and parses it on first access with {@code bodyParser}, which is given
     * that Markdown; so the parser need not hold a copy of the text.
     */
    public static Persona deferred(String id, PersonaMetadata metadata, PersonaSource source,
            List<Diagnostic> headerDiagnostics, String bodyMarkdown, Function<String, PersonaBody> bodyParser) {
        return new Persona(id, metadata, source, headerDiagnostics, bodyMarkdown, null,
                Objects.requireNonNull(bodyParser, "bodyParser"));
    }

    /**
     * Like {@link #deferred(String, PersonaMetadata, PersonaSource, List, String, Function)}, with the body given
     * as the UTF-8 bytes {@code utf8[from..to)} of a file the reader holds, so it need not be decoded and encoded
     * again. The range is copied; the caller's array is neither kept nor changed. Bytes that are not UTF-8 read as
     * U+FFFD in {@link #bodyMarkdown()}, so a reader should pass only bytes it has checked.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code utf8}
     */
    public static Persona deferred(String id, PersonaMetadata metadata, PersonaSource source,
            List<Diagnostic> headerDiagnostics, byte[] utf8, int from, int to,
            Function<String, PersonaBody> bodyParser) {
        Objects.checkFromToIndex(from, to, utf8.length);
        return new Persona(id, metadata, source, headerDiagnostics, java.util.Arrays.copyOfRange(utf8, from, to),
                null, Objects.requireNonNull(bodyParser, "bodyParser"));
    }

    /**
     * The body as written, in Markdown, without parsing it: what a search index reads. Empty for personas built
     * without it.
     */
    public String bodyMarkdown() {
        return new String(bodyUtf8, StandardCharsets.UTF_8);
    }

    /** A stable id: the front-matter {@code id} if there is one, else the file's path without extension. */
    public String id() {
        return id;
    }

    /**
     * A name for people: the front-matter {@code title}, else a {@code name} key (as in Claude subagents), else
     * the id.
     */
    public String title() {
        return metadata.title().or(() -> metadata.extraText("name")).orElse(id);
    }

    public PersonaMetadata metadata() {
        return metadata;
    }

    public PersonaSource source() {
        return source;
    }

    /** The body, parsing it now if it was deferred. */
    public PersonaBody body() {
        PersonaBody b = body;
        if (b == null) {
            synchronized (this) {
                b = body;
                if (b == null) {
                    b = Objects.requireNonNull(bodyParser.apply(bodyMarkdown()), "body parser returned null");
                    body = b;
                    bodyParser = null;
                }
            }
        }
        return b;
    }

    /** {@code true} once the body has been parsed; reading metadata never parses it. */
    public boolean isBodyParsed() {
        return body != null;
    }

    /** Every diagnostic about this persona: front matter first, then body (parsing the body if needed). */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(headerDiagnostics);
        all.addAll(body().diagnostics());
        return List.copyOf(all);
    }

    /** Diagnostics found while reading bytes and front matter; available without parsing the body. */
    public List<Diagnostic> headerDiagnostics() {
        return headerDiagnostics;
    }

    public List<Section> sections() {
        return body().sections();
    }

    public String roleSummary() {
        return body().roleSummary();
    }

    public List<Item> goals() {
        return body().goals();
    }

    public List<CapabilityGroup> capabilities() {
        return body().capabilities();
    }

    public List<Entry> knowledge() {
        return body().knowledge();
    }

    public List<Item> constraints() {
        return body().constraints();
    }

    public List<Item> directives() {
        return body().directives();
    }

    public List<Entry> interaction() {
        return body().interaction();
    }

    public List<Example> examples() {
        return body().examples();
    }

    public List<CodeTemplate> templates() {
        return body().templates();
    }

    public List<Entry> bodyMetadata() {
        return body().bodyMetadata();
    }

    /**
     * Renders the persona as a prompt: Markdown with every section, unless the options say otherwise.
     *
     * @throws org.persona4j.render.UnknownVariableException for a {@code {{name}}} with no value, unless lenient
     */
    public org.persona4j.render.RenderedPrompt render(org.persona4j.render.RenderOptions options) {
        return org.persona4j.internal.render.Renderer.render(this, Objects.requireNonNull(options, "options"));
    }

    /** Renders with {@link org.persona4j.render.RenderOptions#defaults()}. */
    public org.persona4j.render.RenderedPrompt render() {
        return render(org.persona4j.render.RenderOptions.defaults());
    }

    /** Equal when id, metadata, source and body are equal (parses both bodies). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Persona p && id.equals(p.id) && metadata.equals(p.metadata) && source.equals(p.source)
                && body().equals(p.body());
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
