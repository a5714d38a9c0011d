package org.persona4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.persona4j.internal.Formats;
import org.persona4j.internal.ReadCore;
import org.persona4j.internal.files.Walker;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;

/**
 * Reads personas: built once with {@link #builder()} (or {@link Personas#reader()}), then immutable and thread-safe,
 * like a compiled pattern. Every input takes the same path: opened safely (regular files only, never more than
 * the size limit plus one byte), rejected when too large or binary, parsed by the parser for its file name.
 *
 * <pre>{@code
 * PersonaReader reader = Personas.reader().options(ReadOptions.builder().strict(true).build()).build();
 * ReadResult result = reader.read(Path.of("personas/backend-engineer.md"));
 * }</pre>
 *
 * <p>Bad input never throws: it becomes diagnostics in the {@link ReadResult}, which also carries the decoded text.
 * Only I/O failures throw.
 */
public final class PersonaReader {

    private final ReadOptions options;
    private final List<PersonaParser> parsers;

    private PersonaReader(ReadOptions options, List<PersonaParser> parsers) {
        this.options = options;
        this.parsers = parsers;
    }

    /** {@return a builder with the {@linkplain ReadOptions#defaults() default options} and the parsers on the path} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the parsers this reader tries, in order: those given to the builder, then those found on the path} */
    public List<PersonaParser> parsers() {
        return parsers;
    }

    /** {@return the options every read uses} */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reads a persona file named by the caller; its id is its file name without extension unless its front matter
     * names one.
     *
     * @param file the file to read
     * @return the persona, or none, with every finding of the read
     * @throws IOException when the file does not exist or cannot be read; a directory, pipe or device is refused
     *                     without being opened
     */
    public ReadResult read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return read(new PersonaFile(file, file.toString(), Walker.stem(String.valueOf(file.getFileName())), true));
    }

    /**
     * Reads a file as {@link PersonaFiles} found it. A Markdown file found in a folder that has neither front matter
     * nor a persona section gives no persona and a {@code file.not-a-persona} finding; a file that stopped being a
     * regular file since it was found gives a {@code file.skipped} finding.
     *
     * @param file a file as a discovery found it
     * @return the persona, or none, with every finding of the read
     * @throws IOException when the file cannot be read
     */
    public ReadResult read(PersonaFile file) throws IOException {
        Objects.requireNonNull(file, "file");
        ReadCore.Loaded loaded = ReadCore.load(file.path(), file.label(), options);
        if (loaded.failure() != null) {
            if (file.named()) {
                throw new java.nio.file.FileSystemException(
                        file.label(),
                        null,
                        "not a regular file (a directory, " + "pipe, device or socket), so it was not opened");
            }
            return new ReadResult(null, List.of(loaded.failure()));
        }
        return ReadCore.read(parsers, ReadCore.input(file, loaded.bytes()), options, file.named());
    }

    /**
     * Reads every persona of a file: one result for a Markdown persona, one per agent for a CrewAI
     * {@code agents.yaml}. Otherwise as {@link #read(PersonaFile)}.
     *
     * @param file a file as a discovery found it
     * @return one result per persona in the file, in file order
     * @throws IOException when the file cannot be read
     */
    public List<ReadResult> readAll(PersonaFile file) throws IOException {
        Objects.requireNonNull(file, "file");
        ReadCore.Loaded loaded = ReadCore.load(file.path(), file.label(), options);
        if (loaded.failure() != null) {
            return List.of(read(file)); // the same finding or exception as a single read
        }
        return ReadCore.readAll(parsers, ReadCore.input(file, loaded.bytes()), options, file.named());
    }

    /**
     * {@return {@link #readAll(PersonaFile)} of a file named by the caller}
     *
     * @param file the file to read
     * @throws java.io.IOException when the file does not exist or cannot be read
     */
    public List<ReadResult> readAll(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return readAll(new PersonaFile(file, file.toString(), Walker.stem(String.valueOf(file.getFileName())), true));
    }

    /**
     * Reads a persona from a stream, no further than the size limit plus one byte; the stream is not closed.
     * {@code label} names the input in findings; its name without extension is the default id.
     *
     * @param in    the stream to read
     * @param label how findings name the input
     * @return the persona, or none, with every finding of the read
     * @throws IOException when the stream fails
     */
    public ReadResult read(InputStream in, String label) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(label, "label");
        return parseOwned(in.readNBytes(ReadCore.cap(options)), label);
    }

    /**
     * Reads persona text held in memory; {@code label} names it in findings and gives the default id.
     *
     * @param text  the persona's Markdown
     * @param label how findings name the input; its name without extension is the default id
     * @return the persona, or none, with every finding of the read
     */
    public ReadResult parse(String text, String label) {
        return parseOwned(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8), label);
    }

    /**
     * Reads text held in memory as the file {@code file} would be read, without opening that file: the dialect is told
     * by the path and, for a Claude Code plugin's command, by the plugin's manifest beside it (looked for on disk); the
     * default id is the file's name without its extension. For text about to be written to the file, as
     * {@code persona lint --fix} checks its fixes before writing them, or an editor's buffer.
     *
     * @param text  the persona's Markdown
     * @param label how findings name the input
     * @param file  the file the text is or will be
     * @return the persona, or none, with every finding of the read
     */
    public ReadResult parse(String text, String label, Path file) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(file, "file");
        byte[] bytes = Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8);
        String id = file.getFileName() == null
                ? ""
                : Walker.stem(file.getFileName().toString()).strip();
        // A root or a name of dots names no persona: it still needs an id.
        return ReadCore.read(
                parsers, new SourceInput(label, file, id.isEmpty() ? "persona" : id, bytes), options, true);
    }

    /**
     * Reads persona bytes held in memory; the array is not modified.
     *
     * @param bytes the persona's bytes, in UTF-8
     * @param label how findings name the input; its name without extension is the default id
     * @return the persona, or none, with every finding of the read
     */
    public ReadResult parse(byte[] bytes, String label) {
        return parseOwned(Objects.requireNonNull(bytes, "bytes").clone(), label);
    }

    /**
     * Reads persona bytes held in memory with this default id; the array is not modified.
     *
     * @param bytes     the persona's bytes, in UTF-8
     * @param label     how findings name the input
     * @param defaultId the id when the front matter names none
     * @return the persona, or none, with every finding of the read
     */
    public ReadResult parse(byte[] bytes, String label, String defaultId) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(label, "label");
        return ReadCore.read(
                parsers,
                new SourceInput(label, null, Objects.requireNonNull(defaultId, "defaultId"), bytes.clone()),
                options,
                true);
    }

    private ReadResult parseOwned(byte[] bytes, String label) {
        Objects.requireNonNull(label, "label");
        String name = label.substring(Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\')) + 1);
        String id = Walker.stem(name).strip();
        // A label that ends in a separator, or is blank, names no file: the persona still needs an id.
        return ReadCore.read(
                parsers, new SourceInput(label, null, id.isEmpty() ? "persona" : id, bytes), options, true);
    }

    /** Builds a {@link PersonaReader}. */
    public static final class Builder {
        private ReadOptions options = ReadOptions.defaults();
        private final List<PersonaParser> parsers = new ArrayList<>();

        private Builder() {}

        /**
         * The limits and choices of every read (default {@link ReadOptions#defaults()}).
         *
         * @param value the limits and choices of every read (default {@link ReadOptions#defaults()})
         * @return this builder
         */
        public Builder options(ReadOptions value) {
            this.options = Objects.requireNonNull(value, "options");
            return this;
        }

        /**
         * A parser to try before those found with {@link java.util.ServiceLoader}, for a format of your own or to
         * wrap a built-in one.
         *
         * @param parser a parser to try before those found with {@link java.util.ServiceLoader}, for a format of your
         *               own or to wrap a built-in one
         * @return this builder
         */
        public Builder parser(PersonaParser parser) {
            parsers.add(Objects.requireNonNull(parser, "parser"));
            return this;
        }

        /** {@return the PersonaReader with what was set} */
        public PersonaReader build() {
            List<PersonaParser> all = new ArrayList<>(parsers);
            all.addAll(Formats.parsers());
            return new PersonaReader(options, List.copyOf(all));
        }
    }
}
