package org.persona4j.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.Personas;
import org.persona4j.ReadResult;

/** Reads the fixture files under {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String name) {
        return Path.of("src", "test", "resources", "fixtures", name);
    }

    static ReadResult read(String name) {
        try {
            return Personas.read(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> codes(ReadResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
