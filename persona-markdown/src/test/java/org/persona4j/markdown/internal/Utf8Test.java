package org.persona4j.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clean-text check agrees with the JDK's strict UTF-8 decoder on every input, at every alignment. */
class Utf8Test {

    private static final int[][] EDGES = {
        {0xC0, 0x80},
        {0xC1, 0xBF},
        {0xC2, 0x80},
        {0xDF, 0xBF},
        {0xE0, 0x80, 0x80},
        {0xE0, 0xA0, 0x80},
        {0xED, 0x9F, 0xBF},
        {0xED, 0xA0, 0x80},
        {0xEF, 0xBF, 0xBD},
        {0xF0, 0x8F, 0xBF, 0xBF},
        {0xF0, 0x90, 0x80, 0x80},
        {0xF4, 0x8F, 0xBF, 0xBF},
        {0xF4, 0x90, 0x80, 0x80},
        {0xF5, 0x80, 0x80, 0x80},
        {0xFF},
        {0x80},
        {0xE2, 0x82},
        {0xF0, 0x9F, 0x9A},
        {0x0D},
        {0x0D, 0x0A},
        {0x0A},
        {0x7F}
    };

    @Test
    void agreesWithTheStrictDecoderOnSeededInputs() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = input(r);
            int from = r.nextInt(Math.min(3, b.length + 1));
            assertEquals(
                    strictlyClean(b, from),
                    Utf8.isCleanText(b, from, b.length),
                    () -> HexFormat.of().formatHex(b) + " from " + from);
        }
    }

    @Test
    void everyEdgeSequenceIsJudgedAtEveryOffsetOfALongAsciiRun() {
        for (int[] edge : EDGES) {
            for (int at = 0; at < 17; at++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes("abcdefghijklmnopq".substring(0, at).getBytes(StandardCharsets.US_ASCII));
                for (int x : edge) {
                    out.write(x);
                }
                out.writeBytes("rstuvwxyz0123456".getBytes(StandardCharsets.US_ASCII));
                byte[] b = out.toByteArray();
                assertEquals(
                        strictlyClean(b, 0),
                        Utf8.isCleanText(b, 0, b.length),
                        HexFormat.of().formatHex(b));
            }
        }
    }

    @Test
    void plainTextIsCleanAndCarriageReturnsAreNot() {
        assertTrue(Utf8.isCleanText("# Café 日本語 🚀\n- item\n".getBytes(StandardCharsets.UTF_8), 0, 25));
        assertFalse(Utf8.isCleanText("line one\r\nline two".getBytes(StandardCharsets.UTF_8), 0, 18));
        assertTrue(Utf8.isCleanText(new byte[0], 0, 0));
    }

    private static byte[] input(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = r.nextInt(40); k > 0; k--) {
            switch (r.nextInt(5)) {
                case 0 -> out.write('a' + r.nextInt(26));
                case 1 -> out.write(r.nextInt(256));
                case 2 -> {
                    for (int x : EDGES[r.nextInt(EDGES.length)]) {
                        out.write(x);
                    }
                }
                default -> {
                    int cp = r.nextInt(Character.MAX_CODE_POINT + 1);
                    if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static boolean strictlyClean(byte[] b, int from) {
        try {
            CharSequence text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from));
            return text.toString().indexOf('\r') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
