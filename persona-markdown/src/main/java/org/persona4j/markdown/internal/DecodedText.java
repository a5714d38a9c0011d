package org.persona4j.markdown.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Severity;

/**
 * Bytes decoded as UTF-8 with a leading BOM dropped and every line break made {@code \n}. Bytes that are not
 * UTF-8 become U+FFFD, each reported with its byte offset.
 *
 * <p>A clean file (well-formed UTF-8 without carriage returns, which is nearly every file) is not decoded whole:
 * {@code text} is then only its head, up to where the body starts, and the body stays in the bytes, from
 * {@code bodyFrom} on, for a persona to keep as they are and decode only if someone reads it.
 *
 * @param text        the decoded text: all of it, or only the head when {@code bodyFrom >= 0}
 * @param diagnostics bytes that are not UTF-8
 * @param bytes       the file
 * @param bodyFrom    where the body starts in {@code bytes} when {@code text} is only the head; else -1
 */
record DecodedText(String text, List<Diagnostic> diagnostics, byte[] bytes, int bodyFrom) {

    /** {@code true} when the body was left in the bytes. */
    boolean bodyInBytes() {
        return bodyFrom >= 0;
    }

    /**
     * {@return the body to look for ASCII in without decoding it} {@code text} from {@code textBodyStart} on, or, when
     * the body stayed in the bytes, a view of those bytes a byte per character: an ASCII character is the same byte in
     * UTF-8 and no byte of a longer sequence is ASCII, so an ASCII string is found there exactly where it is in the text.
     *
     * @param textBodyStart where the body starts in {@code text} when it holds all of the file
     */
    CharSequence asciiBody(int textBodyStart) {
        return bodyInBytes()
                ? FrontMatterBlock.bytes(bytes, bodyFrom, bytes.length)
                : CharBuffer.wrap(text, textBodyStart, text.length());
    }

    private static final int MAX_REPORTED = 20;

    /**
     * @param bodyInBytes whether a clean file's body may stay in the bytes: worth it when the body may never be
     *                    read, as with lazy bodies; when it is parsed at once, decoding the whole file is cheaper
     */
    static DecodedText decode(byte[] bytes, String label, boolean bodyInBytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        // The String constructor is the fastest decoder and replaces every malformed sequence with U+FFFD: with
        // none in its result the bytes were UTF-8, and only the rare file with errors (or with a real U+FFFD) takes
        // the slow path that finds the offending bytes.
        if (bodyInBytes && Utf8.isCleanText(bytes, start, bytes.length)) {
            FrontMatterBlock block = FrontMatterBlock.find(FrontMatterBlock.bytes(bytes, start, bytes.length));
            // Unclosed, the whole file is the body; with a line separator in the front matter, the lines are YAML's,
            // which the slow path counts.
            if (block.state() != FrontMatterBlock.State.UNCLOSED
                    && !LineSeparators.inBytes(bytes, start, start + block.bodyStart())) {
                int cut = start + block.bodyStart();
                return new DecodedText(
                        new String(bytes, start, cut - start, StandardCharsets.UTF_8), List.of(), bytes, cut);
            }
        }
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            String lines =
                    fast.indexOf('\r') < 0 ? fast : fast.replace("\r\n", "\n").replace('\r', '\n');
            return LineSeparators.inFrontMatter(new DecodedText(lines, List.of(), bytes, -1), label);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        List<int[]> bad = new ArrayList<>(); // {byteOffset, byteValue, charIndex}
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                bad.add(new int[] {in.position(), bytes[in.position()] & 0xFF, out.position()});
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else {
                throw new IllegalStateException("UTF-8 decoding overflowed: " + r);
            }
        }
        decoder.flush(out);
        out.flip();

        StringBuilder normal = new StringBuilder(out.length());
        int[] normalIndex = new int[bad.size()];
        int next = 0;
        for (int i = 0; i < out.length(); i++) {
            while (next < bad.size() && bad.get(next)[2] == i) {
                normalIndex[next++] = normal.length();
            }
            char c = out.charAt(i);
            if (c == '\r') {
                normal.append('\n');
                if (i + 1 < out.length() && out.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                normal.append(c);
            }
        }
        String text = normal.toString();
        return LineSeparators.inFrontMatter(
                new DecodedText(text, report(bad, normalIndex, text, label), bytes, -1), label);
    }

    private static List<Diagnostic> report(List<int[]> bad, int[] normalIndex, String text, String label) {
        if (bad.isEmpty()) {
            return List.of();
        }
        LineIndex lines = new LineIndex(text);
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < Math.min(bad.size(), MAX_REPORTED); i++) {
            int[] b = bad.get(i);
            out.add(new Diagnostic(
                    Severity.WARNING,
                    DiagnosticCodes.INVALID_UTF8.code(),
                    String.format(
                            "byte 0x%02X at byte offset %d is not UTF-8%s; it was replaced with U+FFFD. "
                                    + "Save the file as UTF-8",
                            b[1], b[0], legacyHint(b[1])),
                    label,
                    lines.point(normalIndex[i])));
        }
        if (bad.size() > MAX_REPORTED) {
            out.add(new Diagnostic(
                    Severity.WARNING,
                    DiagnosticCodes.INVALID_UTF8.code(),
                    (bad.size() - MAX_REPORTED) + " more bytes that are not UTF-8 were replaced; the file is "
                            + "probably in another encoding. Save it as UTF-8",
                    label,
                    lines.point(normalIndex[MAX_REPORTED])));
        }
        return out;
    }

    /** What a lone byte would have meant in Windows-1252, the usual culprit. */
    private static String legacyHint(int b) {
        if (b < 0x80 || !Charset.isSupported("windows-1252")) {
            return "";
        }
        String s = new String(new byte[] {(byte) b}, Charset.forName("windows-1252"));
        return s.equals("\uFFFD") || Character.isISOControl(s.charAt(0)) ? "" : " (in Windows-1252 it is '" + s + "')";
    }
}
