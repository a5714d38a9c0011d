package org.persona4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.persona4j.PersonaSource;

class SourceHashingTest {

    private static final byte[] BYTES = "---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSourceHashedLaterIsTheSameValueAsOneHashedNow() throws IOException {
        PersonaSource now = SourceHashing.source("a.md", Path.of("a.md"), BYTES);
        PersonaSource later = SourceHashing.later(() -> SourceHashing.source("a.md", Path.of("a.md"), BYTES));
        assertEquals(now, later);
        assertEquals(now.sha256(), later.sha256());
        assertEquals(PersonaSource.of("a.md", Path.of("a.md"), BYTES).sha256(), later.sha256());
    }

    @Test
    void aFailingReadPassesItsErrorOn() {
        IOException gone = new IOException("gone");
        assertEquals(
                gone,
                assertThrows(
                        IOException.class,
                        () -> SourceHashing.later(() -> {
                            throw gone;
                        })));
    }
}
