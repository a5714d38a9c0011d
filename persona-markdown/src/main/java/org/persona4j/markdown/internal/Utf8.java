package org.persona4j.markdown.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A check that bytes are text the reader can take as they are: well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF, exactly what the JDK's decoder accepts) with no carriage return. Eight bytes
 * at a time while they are ASCII, so a clean file costs a fraction of decoding it.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private Utf8() {}

    /** {@code true} when {@code b[from..to)} is well-formed UTF-8 without a {@code '\r'}. */
    static boolean isCleanText(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            while (i + 8 <= to) {
                long v = (long) LONGS.get(b, i);
                long cr = v ^ CARRIAGE_RETURNS; // a zero byte where v had '\r'
                if (((v | ((cr - ONES) & ~cr)) & HIGH_BITS) != 0) {
                    break; // a byte beyond ASCII, or a carriage return: look at them one by one
                }
                i += 8;
            }
            if (i >= to) {
                return true;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c == '\r') {
                    return false;
                }
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to, c);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /** The length of the well-formed sequence starting with lead byte {@code c} at {@code i}, or 0. */
    private static int sequenceLength(byte[] b, int i, int to, int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return i + 1 < to && continuation(b[i + 1]) ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= to || !continuation(b[i + 2])) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            int lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            int hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
            return c1 >= lo && c1 <= hi ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= to || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            int lo = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
            int hi = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
            return c1 >= lo && c1 <= hi ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
