package org.persona4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.persona4j.internal.Formats;

/**
 * Entry points: read a persona from a file or from text, and write one in a format.
 *
 * <pre>{@code
 * ReadResult result = Personas.read(Path.of("personas/backend-engineer.md"));
 * result.diagnostics().forEach(System.err::println);
 * Persona persona = result.expectPersona();
 * String json = Personas.write(persona, "json");
 * }</pre>
 *
 * <p>Readers and writers come from the modules on the class or module path ({@code persona-markdown} provides
 * Markdown, JSON and YAML). All methods are thread-safe.
 */
public final class Personas {

    private Personas() {}

    /**
     * The version of persona4j on the class or module path, as the build wrote it ({@code 0.1.0}), or
     * {@code unknown} when it was built without its resources.
     *
     * @return the version
     */
    public static String version() {
        return Version.VALUE;
    }

    /** Read once. */
    private static final class Version {
        static final String VALUE = read();

        private static String read() {
            try (java.io.InputStream in = Personas.class.getResourceAsStream("persona4j.properties")) {
                if (in == null) {
                    return "unknown";
                }
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version", "unknown");
                return v.startsWith("${") ? "unknown" : v;
            } catch (IOException e) {
                return "unknown";
            }
        }
    }

    /** {@return a builder for a {@link PersonaReader}: build it once and reuse it} */
    public static PersonaReader.Builder reader() {
        return PersonaReader.builder();
    }

    /**
     * Reads a persona file with the {@linkplain ReadOptions#defaults() default options}.
     *
     * @param file the file to read
     * @return the persona, or none, with every finding of the read
     * @throws java.io.IOException when the file cannot be read, or is not a regular file
     */
    public static ReadResult read(Path file) throws IOException {
        return DefaultReader.INSTANCE.read(file);
    }

    /**
     * Reads a persona file with these options; for many files, build a {@link PersonaReader} once instead.
     *
     * @param file    the file to read
     * @param options the limits and choices of the read
     * @return the persona, or none, with every finding of the read
     * @throws IOException when the file cannot be read, or is not a regular file
     */
    public static ReadResult read(Path file, ReadOptions options) throws IOException {
        return reader().options(options).build().read(file);
    }

    /**
     * Reads persona text held in memory. {@code label} names it in diagnostics; its name is the default id.
     *
     * @param text  the persona's Markdown
     * @param label how diagnostics name the input
     * @return the persona, or none, with every finding of the read
     */
    public static ReadResult parse(String text, String label) {
        return DefaultReader.INSTANCE.parse(text, label);
    }

    /**
     * Reads persona text held in memory, with these options.
     *
     * @param text    the persona's Markdown
     * @param label   how diagnostics name the input
     * @param options the limits and choices of the read
     * @return the persona, or none, with every finding of the read
     */
    public static ReadResult parse(String text, String label, ReadOptions options) {
        return reader().options(options).build().parse(text, label);
    }

    /**
     * Reads persona bytes held in memory, with these options; the array is not modified.
     *
     * @param bytes   the persona's bytes, in UTF-8
     * @param label   how diagnostics name the input
     * @param options the limits and choices of the read
     * @return the persona, or none, with every finding of the read
     */
    public static ReadResult parse(byte[] bytes, String label, ReadOptions options) {
        return reader().options(options).build().parse(bytes, label);
    }

    /**
     * {@return the persona in a format such as {@code markdown}, {@code json}, {@code yaml} or {@code text}}
     *
     * @param persona the persona to write
     * @param format  the format's name, in lower case as listed
     * @throws IllegalArgumentException when no writer for that format is available; the message lists those that are
     */
    public static String write(Persona persona, String format) {
        return Formats.writer(format).write(persona);
    }

    /**
     * Merges personas for one request; later ones take precedence over earlier ones, as a child over its parent
     * (see {@code extends} in {@link org.persona4j.catalog.PersonaCatalog#resolve(String)}): sections merge by kind (a later persona's sections of a kind replace the
     * earlier ones', or follow them for the kinds it lists under {@code append:}), metadata merges by key. The
     * result has the last persona's id and source; each section keeps the file it came from.
     *
     * @param first the persona composed on
     * @param more  personas that take precedence over it, in increasing order
     * @return the composed persona, with the id of the last one
     * @throws IllegalArgumentException when no persona is given
     */
    public static Persona compose(Persona first, Persona... more) {
        Persona merged = Objects.requireNonNull(first, "first");
        for (Persona next : more) {
            merged = org.persona4j.internal.Merger.merge(merged, Objects.requireNonNull(next, "persona"));
        }
        return merged;
    }

    /**
     * {@return the persona written in another dialect, with a ledger that says, for every front-matter key and every
     * section of the source, whether it was mapped, transformed (how) or lost (why)} The text goes where the dialect
     * keeps such files ({@link org.persona4j.convert.Conversion#path()}); {@link
     * org.persona4j.convert.Conversion#check()} reads it back and compares the mapped fields. Needs a Markdown writer
     * on the class path, as {@link #write}. A persona whose front matter did not read (its {@link ReadResult} has a
     * front-matter error such as {@code front-matter.syntax}) has lost the keys that did not read, and the ledger
     * cannot name them: {@code persona convert} refuses such a file ({@code convert.unread-front-matter}), and a caller
     * should check the read first.
     *
     * @param persona the persona to convert
     * @param target  the dialect to write
     * @throws IllegalArgumentException when the dialect is not {@linkplain Dialect#writable() written}
     */
    public static org.persona4j.convert.Conversion convert(Persona persona, Dialect target) {
        return org.persona4j.internal.convert.Converter.convert(
                Objects.requireNonNull(persona, "persona"), Objects.requireNonNull(target, "target"));
    }

    /** {@return the names of the formats {@link #write} accepts, sorted} */
    public static List<String> writeFormats() {
        return Formats.writeFormats();
    }

    /** The reader with the default options, built when first used. */
    private static final class DefaultReader {
        static final PersonaReader INSTANCE = PersonaReader.builder().build();
    }
}
