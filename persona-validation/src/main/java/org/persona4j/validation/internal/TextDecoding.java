package org.persona4j.validation.internal;

import java.nio.charset.StandardCharsets;

/** Decodes a file the way the reader does, so that lines and columns agree with the persona's spans. */
public final class TextDecoding {

    private TextDecoding() {
    }

    /** UTF-8 with bad bytes replaced, a leading BOM dropped, and every line break made {@code \n}. */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String raw = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    }
}
