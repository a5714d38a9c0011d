package org.persona4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A source hashed later is the same value as one hashed at once, whichever threads first ask for its hash. */
class PersonaSourceTest {

    private static final byte[] BYTES = "---\ntitle: T\n---\nBody.\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void hashedLaterEqualsHashedNowAndTheHashIsTheFilesSha256() throws Exception {
        PersonaSource now = PersonaSource.of("a.md", Path.of("a.md"), BYTES);
        PersonaSource later = PersonaSource.hashedLater("a.md", Path.of("a.md"), BYTES);
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(BYTES));
        assertEquals(expected, now.sha256());
        assertEquals(now, later);
        assertEquals(now.hashCode(), later.hashCode());
        assertEquals(new PersonaSource("a.md", Path.of("a.md"), expected), later);
    }

    @Test
    void manyThreadsAskingFirstAllGetTheSameHash() {
        for (int round = 0; round < 50; round++) {
            PersonaSource later = PersonaSource.hashedLater("b.md", null, BYTES);
            ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
            IntStream.range(0, 8).parallel().forEach(i -> seen.put(later.sha256(), true));
            assertEquals(List.of(PersonaSource.of("b.md", null, BYTES).sha256()), List.copyOf(seen.keySet()));
        }
    }
}
