package org.persona4j.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {

    @Test
    void theWordAtATimeBinaryCheckAgreesWithAPlainOne() {
        Random r = new Random(11);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[r.nextInt(9000)];
            for (int i = 0; i < b.length; i++) {
                int kind = r.nextInt(100);
                b[i] = (byte)
                        (kind < 85
                                ? 'a' + r.nextInt(26)
                                : kind < 93 ? '\n' : kind < 99 ? 0x80 + r.nextInt(128) : r.nextInt(32));
            }
            assertEquals(plain(b), FileBytes.isBinary(b), "round " + round);
        }
    }

    @Test
    void textInAnyEncodingIsNotBinaryButImagesAre() {
        assertFalse(FileBytes.isBinary(
                "---\ntitle: Ça va → ✓\n---\n# Hi\r\n\tok\f\u001B[0m".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FileBytes.isBinary(new byte[] {'a', (byte) 0x92, 'b'}), "a lone Windows-1252 byte is text");
        assertTrue(FileBytes.isBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}));
        assertTrue(FileBytes.isBinary("hello".getBytes(StandardCharsets.UTF_16LE)), "UTF-16 holds NUL bytes");
        assertFalse(FileBytes.isBinary(new byte[0]));
    }

    @Test
    void readsNoMoreThanTheCapAndRefusesWhatIsNotARegularFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("a.md"), new byte[5000]);
        assertEquals(101, FileBytes.read(file, 101).bytes().length);
        assertEquals(5000, FileBytes.read(file, 6000).bytes().length);
        assertThrows(FileBytes.NotRegularFile.class, () -> FileBytes.read(dir, 10));
        FileBytes.Read read = FileBytes.read(file, 10);
        assertTrue(FileBytes.unchangedSince(file, read.before()));
        Files.write(file, new byte[10]);
        assertFalse(FileBytes.unchangedSince(file, read.before()), "a new size is a change");
    }

    /** The rule written plainly. */
    private static boolean plain(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        int head = Math.min(b.length, 1024);
        int controls = 0;
        for (int i = 0; i < head; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return controls * 10 > head;
    }
}
