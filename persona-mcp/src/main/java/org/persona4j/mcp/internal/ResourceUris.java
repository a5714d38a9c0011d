package org.persona4j.mcp.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The URIs of the server's resources: {@code persona://personas/ID} for a persona file and
 * {@code persona://skills/SKILL/PATH} for a file a skill bundles, each variable one percent-encoded path segment
 * (a {@code /} inside it is {@code %2F}), so the resource templates {@code persona://personas/{id}} and
 * {@code persona://skills/{skill}/{path}} match them segment by segment. Built and read only through
 * {@link #segment(String)} and {@link #decode(String)}: every character outside RFC 3986's unreserved set is
 * encoded, and decoding refuses anything that is not well-formed.
 */
public final class ResourceUris {

    /** The scheme and authority of persona files. */
    public static final String PERSONAS = "persona://personas/";
    /** The scheme and authority of skill files. */
    public static final String SKILLS = "persona://skills/";
    /** The template of persona files. */
    public static final String PERSONA_TEMPLATE = PERSONAS + "{id}";
    /** The template of skill files. */
    public static final String SKILL_TEMPLATE = SKILLS + "{skill}/{path}";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ResourceUris() {}

    /** {@return the URI of a persona file} */
    public static String persona(String id) {
        return PERSONAS + segment(id);
    }

    /** {@return the URI of a file bundled by a skill} */
    public static String skillFile(String skill, String path) {
        return SKILLS + segment(skill) + "/" + segment(path);
    }

    /** One path segment, every byte outside the unreserved set percent-encoded. */
    public static String segment(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** A segment decoded, or empty when it is not well-formed percent-encoding of UTF-8. */
    public static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80 && c != '/') {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
