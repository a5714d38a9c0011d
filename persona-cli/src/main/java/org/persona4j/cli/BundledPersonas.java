package org.persona4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.catalog.PersonaCatalog;

/** The personas the project wrote itself and ships inside the command's jar, so it is useful with no files. */
final class BundledPersonas {

    /** The class-path folder of the bundled personas, for a catalog's class-path root. */
    static final String FOLDER_NAME = "org/persona4j/cli/bundled";

    private BundledPersonas() {}

    /** The ids of the bundled personas, in the order they are listed. */
    static List<String> ids() {
        try (InputStream in = BundledPersonas.class.getResourceAsStream("/" + FOLDER_NAME + "/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled persona index is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalog ids are looked up in: the {@code --catalog} directory, or the bundled personas. */
    static PersonaCatalog catalog(Path directory) throws IOException {
        PersonaCatalog.Builder builder = PersonaCatalog.builder();
        if (directory != null) {
            builder.directory(directory);
        } else {
            builder.classpath(FOLDER_NAME);
        }
        return builder.build();
    }
}
