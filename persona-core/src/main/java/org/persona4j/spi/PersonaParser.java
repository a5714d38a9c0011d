package org.persona4j.spi;

import java.util.List;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.model.PersonaBody;

/**
 * Parses one persona format. Implementations are found with {@link java.util.ServiceLoader}; they must be
 * thread-safe and must report bad input as diagnostics, never by throwing. Size limits and binary content are
 * checked before a parser is called (see {@link org.persona4j.PersonaReader}).
 *
 * <p>Two ways in, for two callers: {@link #read} parses everything at once, for a caller that wants a
 * {@link org.persona4j.Persona} now; {@link #readHead} stops before the body, which {@link #readBody} parses later,
 * for a container such as a catalog that keeps bodies unparsed until they are asked for.
 */
public interface PersonaParser {

    /**
     * {@return {@code true} when this parser handles files with this name (for example, names ending in {@code .md})}
     *
     * @param fileName the file's name, without folders
     */
    boolean supports(String fileName);

    /**
     * Reads the whole input: the persona with its body parsed, every finding, and the decoded text. The bytes are
     * not modified.
     *
     * @param input   the input, as the reader hands it over
     * @param options the limits and choices of the read
     * @return the persona, or none, with every finding and the decoded text
     */
    ReadResult read(SourceInput input, ReadOptions options);

    /**
     * Reads everything before the body and leaves the body unparsed. The bytes are not modified.
     *
     * @param input   the input, as the reader hands it over
     * @param options the limits and choices of the read
     * @return the persona's id, dialect, front matter and where its body is
     */
    PersonaHead readHead(SourceInput input, ReadOptions options);

    /**
     * Parses a body that {@link #readHead} left.
     *
     * @param head     what {@link #readHead} returned for the file
     * @param markdown the body's text, {@link PersonaHead#bodyText()} or the bytes it pointed to, decoded
     * @param options  the limits and choices of the read
     * @return the body, with what reading it found
     */
    PersonaBody readBody(PersonaHead head, String markdown, ReadOptions options);

    /**
     * Reads every persona of an input that holds several, such as a CrewAI {@code agents.yaml}: one result per
     * persona, in file order, each with its own findings; findings about the file as a whole go with the first. A
     * file of one persona gives {@link #read}'s result alone, which is the default.
     *
     * @param input   the input, as the reader hands it over
     * @param options the limits and choices of the read
     * @return one result per persona, in file order
     */
    default List<ReadResult> readAll(SourceInput input, ReadOptions options) {
        return List.of(read(input, options));
    }

    /**
     * {@return {@link #readAll}'s counterpart of {@link #readHead}: the head of every persona of the input}
     *
     * @param input   the input, as the reader hands it over
     * @param options the limits and choices of the read
     */
    default List<PersonaHead> readHeads(SourceInput input, ReadOptions options) {
        return List.of(readHead(input, options));
    }
}
