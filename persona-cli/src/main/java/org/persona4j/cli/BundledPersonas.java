package org.persona4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;

/** The personas the project wrote itself and ships inside the command's jar, so it is useful with no files. */
final class BundledPersonas {

    /** The class-path folder of the bundled personas, for a catalog's class-path root. */
    static final String FOLDER_NAME = "org/persona4j/cli/bundled";
    private static final String FOLDER = "/" + FOLDER_NAME + "/";

    private BundledPersonas() {
    }

    /** The ids of the bundled personas, in the order they are listed. */
    static List<String> ids() {
        byte[] index = resource("index.txt").orElseThrow(() -> new IllegalStateException(
                "the bundled persona index is missing from the jar"));
        return new String(index, StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /** Reads a bundled persona by id, if there is one with that id. */
    static Optional<ReadResult> read(String id, ReadOptions options) {
        if (!ids().contains(id)) {
            return Optional.empty();
        }
        return resource(id + ".md").map(bytes -> Personas.parse(bytes, "bundled/" + id + ".md", options));
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = BundledPersonas.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
