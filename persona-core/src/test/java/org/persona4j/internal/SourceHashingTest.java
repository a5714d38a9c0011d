package org.persona4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.persona4j.PersonaSource;

class SourceHashingTest {

    private static final byte[] BYTES = "---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyTheReadersOwnArrayInsideALintReadMayWait() throws IOException {
        assertFalse(SourceHashing.mayDefer(BYTES), "outside a lint read");
        assertFalse(SourceHashing.owned(BYTES, () -> SourceHashing.mayDefer(BYTES)), "owned, but not in a lint read");
        SourceHashing.later(() -> {
            assertFalse(SourceHashing.mayDefer(BYTES), "a lint read, but not of the reader's array");
            assertTrue(SourceHashing.owned(BYTES, () -> SourceHashing.mayDefer(BYTES)));
            assertFalse(SourceHashing.owned(BYTES, () -> SourceHashing.mayDefer(BYTES.clone())), "another array");
            return null;
        });
        assertFalse(SourceHashing.mayDefer(BYTES), "after it");
    }

    @Test
    void aSourceHashedLaterIsTheSameValueAsOneHashedNow() throws IOException {
        PersonaSource now = PersonaSource.of("a.md", Path.of("a.md"), BYTES);
        PersonaSource later = SourceHashing.later(
                () -> SourceHashing.owned(BYTES, () -> PersonaSource.of("a.md", Path.of("a.md"), BYTES)));
        assertEquals(now, later);
        assertEquals(now.sha256(), later.sha256());
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
