package org.persona4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.persona4j.internal.Formats;
import org.persona4j.spi.PersonaReader;
import org.persona4j.spi.SourceInput;

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

    private Personas() {
    }

    /** Reads a persona file with the {@linkplain ReadOptions#defaults() default options}. */
    public static ReadResult read(Path file) throws IOException {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a persona file. A file that is too large is rejected with a diagnostic before it is read whole.
     *
     * @throws IOException when the file cannot be read, or is not a regular file
     */
    public static ReadResult read(Path file, ReadOptions options) throws IOException {
        return read(file, null, options);
    }

    /**
     * Reads a persona file that belongs to a set under {@code root}: its default id is its path relative to the
     * root, without extension and with {@code /} separators ({@code engineer/backend-engineer}), so that files with
     * the same name in different folders keep different ids.
     *
     * @param root the folder ids are relative to, or {@code null} for the file name alone
     * @throws IOException when the file cannot be read, or is not a regular file
     */
    public static ReadResult read(Path file, Path root, ReadOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new IOException(label + ": not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, options.maxFileBytes() + 1));
        }
        if (bytes.length > options.maxFileBytes()) {
            return tooLarge(label, options);
        }
        String id = stem(file.getFileName().toString());
        if (root != null) {
            Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            String r = relative.toString().replace(java.io.File.separatorChar, '/');
            id = r.startsWith("..") ? id : stem(r);
        }
        return reader(file.getFileName().toString()).read(new SourceInput(label, file, id, bytes), options);
    }

    /** Reads persona text held in memory, as Markdown. {@code label} names it in diagnostics and is its id. */
    public static ReadResult parse(String text, String label) {
        return parse(text, label, ReadOptions.defaults());
    }

    /** Reads persona text held in memory, as Markdown, with these options. */
    public static ReadResult parse(String text, String label, ReadOptions options) {
        return parse(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8), label, options);
    }

    /**
     * Reads persona bytes held in memory, as Markdown; the array is not modified. {@code label} names the input in
     * diagnostics; its name without extension is the default id.
     */
    public static ReadResult parse(byte[] bytes, String label, ReadOptions options) {
        String name = Objects.requireNonNull(label, "label");
        name = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
        return parse(bytes, label, stem(name), options);
    }

    /**
     * Reads persona bytes held in memory, as Markdown, giving the persona {@code defaultId} unless its front matter
     * names another; the array is not modified.
     */
    public static ReadResult parse(byte[] bytes, String label, String defaultId, ReadOptions options) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultId, "defaultId");
        Objects.requireNonNull(options, "options");
        if (bytes.length > options.maxFileBytes()) {
            return tooLarge(label, options);
        }
        String name = label.contains("/") ? label.substring(label.lastIndexOf('/') + 1) : label;
        return reader(name.contains(".") ? name : name + ".md")
                .read(new SourceInput(label, null, defaultId, bytes.clone()), options);
    }

    /**
     * The persona in a format such as {@code markdown}, {@code json}, {@code yaml} or {@code text}.
     *
     * @throws IllegalArgumentException when no writer for that format is available; the message lists those that are
     */
    public static String write(Persona persona, String format) {
        return Formats.writer(format).write(persona);
    }

    /**
     * Merges personas for one request; later ones take precedence over earlier ones, as a child over its parent
     * (see {@code extends} in PRODUCT.md): sections merge by kind (a later persona's sections of a kind replace the
     * earlier ones', or follow them for the kinds it lists under {@code append:}), metadata merges by key. The
     * result has the last persona's id and source; each section keeps the file it came from.
     *
     * @throws IllegalArgumentException when no persona is given
     */
    public static Persona compose(Persona first, Persona... more) {
        Persona merged = Objects.requireNonNull(first, "first");
        for (Persona next : more) {
            merged = org.persona4j.internal.Merger.merge(merged, Objects.requireNonNull(next, "persona"));
        }
        return merged;
    }

    /** The names of the formats {@link #write} accepts, sorted. */
    public static List<String> writeFormats() {
        return Formats.writeFormats();
    }

    private static PersonaReader reader(String fileName) {
        return Formats.reader(fileName);
    }

    private static ReadResult tooLarge(String label, ReadOptions options) {
        return new ReadResult(null, List.of(new Diagnostic(Severity.ERROR, DiagnosticCodes.FILE_TOO_LARGE,
                "file is larger than the limit of " + options.maxFileBytes()
                        + " bytes; split it, or raise ReadOptions.maxFileBytes if it is trusted",
                label, SourceSpan.FILE)));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
    }
}
