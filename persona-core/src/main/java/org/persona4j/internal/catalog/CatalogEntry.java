package org.persona4j.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;
import org.persona4j.ReadOptions;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;

/**
 * What a catalog keeps of one file: its head (id, metadata, source, findings), its body as UTF-8 bytes (the file's
 * own array when nothing needed decoding: half a String's size once the text has a character beyond Latin-1, and
 * what the search index tokenises), and the
 * {@link Persona} value, built the first time it is asked for by parsing the body once, whichever thread asks
 * first. This is where laziness lives (see {@code docs/ARCHITECTURE.md}); the persona handed out is a plain value.
 */
public final class CatalogEntry {

    private final PersonaHead head;
    /** The body is {@code bodyUtf8[bodyFrom..]}: the file's own array when it needed no decoding. */
    private final byte[] bodyUtf8;

    private final int bodyFrom;
    private final ReadOptions options;
    /** Worked out once: sorting by title asks for it in every comparison. */
    private final String title;

    private volatile Persona persona;
    private PersonaParser parser; // guarded by this; null once parsed

    private CatalogEntry(
            PersonaHead head,
            byte[] bodyUtf8,
            int bodyFrom,
            PersonaParser parser,
            ReadOptions options,
            Persona persona) {
        this.head = head;
        this.bodyUtf8 = bodyUtf8;
        this.bodyFrom = bodyFrom;
        this.parser = parser;
        this.options = options;
        this.persona = persona;
        // The opening heading titles a persona only when its front matter has neither title nor name: only then is
        // the start of the body decoded for it.
        String heading = "";
        if (head.metadata().title().isEmpty() && head.metadata().name().isEmpty()) {
            int look = Math.min(bodyUtf8.length - bodyFrom, 4_096);
            heading = org.persona4j.internal.Titles.openingHeading(
                    new String(bodyUtf8, bodyFrom, Math.max(0, look), StandardCharsets.UTF_8));
        }
        this.title = Persona.titleOf(head.id(), head.metadata(), heading);
    }

    /**
     * An entry whose body is parsed when first needed.
     *
     * @param bytes the file the head was read from, handed over: the entry keeps it when the body needed no
     *              decoding (the front matter is a few hundred bytes more, and no copy is made), so the caller
     *              must not change it afterwards
     */
    public static CatalogEntry lazy(PersonaHead head, byte[] bytes, PersonaParser parser, ReadOptions options) {
        return head.bodyText() != null
                ? new CatalogEntry(
                        head,
                        head.bodyText().getBytes(StandardCharsets.UTF_8),
                        0,
                        Objects.requireNonNull(parser, "parser"),
                        options,
                        null)
                : new CatalogEntry(
                        head, bytes, head.bodyByteOffset(), Objects.requireNonNull(parser, "parser"), options, null);
    }

    /** An entry whose body was parsed already (to decide whether a file without front matter is a persona). */
    public static CatalogEntry parsed(PersonaHead head, byte[] bytes, PersonaBody body, ReadOptions options) {
        Persona persona =
                Persona.of(head.id(), head.dialect(), head.metadata(), head.source(), body, head.diagnostics());
        return head.bodyText() != null
                ? new CatalogEntry(head, head.bodyText().getBytes(StandardCharsets.UTF_8), 0, null, options, persona)
                : new CatalogEntry(head, bytes, head.bodyByteOffset(), null, options, persona);
    }

    public String id() {
        return head.id();
    }

    public PersonaMetadata metadata() {
        return head.metadata();
    }

    public org.persona4j.Dialect dialect() {
        return head.dialect();
    }

    /**
     * What a reload finds this entry again by: its file's label, and for a file of several personas (a CrewAI
     * {@code agents.yaml}) the label and the persona's id.
     */
    public String key() {
        return head.dialect() == org.persona4j.Dialect.CREWAI_AGENT
                ? head.source().label() + "#" + head.id()
                : head.source().label();
    }

    public PersonaSource source() {
        return head.source();
    }

    /** {@code true} when the file opened with front matter. */
    public boolean hasFrontMatter() {
        return head.frontMatter();
    }

    /** A name for people, as {@link Persona#title()}. */
    public String title() {
        return title;
    }

    /** What reading the bytes and front matter found. */
    public List<Diagnostic> headerDiagnostics() {
        return head.diagnostics();
    }

    /** The array the body's UTF-8 bytes are in, from {@link #bodyFrom()} to its end; read it, never write it. */
    byte[] bodyUtf8() {
        return bodyUtf8;
    }

    /** Where the body starts in {@link #bodyUtf8()}. */
    int bodyFrom() {
        return bodyFrom;
    }

    /** {@code true} once the body has been parsed. */
    public boolean isParsed() {
        return persona != null;
    }

    /** The persona, parsing the body now if this is the first time it is asked for. */
    public Persona persona() {
        Persona p = persona;
        if (p == null) {
            synchronized (this) {
                p = persona;
                if (p == null) {
                    PersonaBody body = parser.readBody(
                            head,
                            new String(bodyUtf8, bodyFrom, bodyUtf8.length - bodyFrom, StandardCharsets.UTF_8),
                            options);
                    p = Persona.of(head.id(), head.dialect(), head.metadata(), head.source(), body, head.diagnostics());
                    persona = p;
                    parser = null;
                }
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "CatalogEntry[" + head.id() + ", " + head.source().label() + "]";
    }
}
