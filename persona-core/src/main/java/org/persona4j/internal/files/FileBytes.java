package org.persona4j.internal.files;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Opens files the one way every part of persona4j does (docs/SECURITY.md, "File system"): only regular files, checked
 * immediately before opening, so that a pipe or device is never opened (opening a FIFO blocks), and read no
 * further than a cap. What the check saw is returned with the bytes, so that a caller that must not take a file
 * half-written (a catalog's reload) can tell whether it changed while it was read ({@link #unchangedSince}).
 */
public final class FileBytes {

    private FileBytes() {}

    /** The file is not a regular file, so it was not opened. */
    public static final class NotRegularFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegularFile(String message) {
            super(message);
        }
    }

    /**
     * What was read, and the file's attributes just before it was opened.
     *
     * @param bytes  the content, at most the cap
     * @param before the attributes checked before opening
     */
    public record Read(byte[] bytes, BasicFileAttributes before) {}

    /**
     * The bytes of a regular file, but at most {@code cap}: a caller that passes its limit plus one learns that a
     * file is too large without reading it whole. Symbolic links are followed (the caller decides whether to
     * allow them).
     *
     * @throws NotRegularFile when the path is a directory, pipe, device or socket
     * @throws IOException    when the file cannot be read
     */
    public static Read read(Path file, int cap) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new NotRegularFile(
                    before.isDirectory()
                            ? "is a directory"
                            : "is not a regular file (a pipe, device or socket), so it is not opened");
        }
        return readChecked(file, before, cap);
    }

    /** Opens and reads a file whose attributes were just checked; the open cannot block (see {@link OpenWatch}). */
    static Read readChecked(Path file, BasicFileAttributes before, int cap) throws IOException {
        Object ticket = OpenWatch.opening(file);
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ));
        } finally {
            OpenWatch.opened(ticket);
        }
        try (channel) {
            // Swapped for a pipe between the check and the open, the open could block until a writer came: the watch
            // released it, and it is refused now.
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (!after.isRegularFile()) {
                throw new NotRegularFile("stopped being a regular file while it was opened, so it was not read");
            }
            return new Read(readAtMost(channel, before.size(), cap), before);
        }
    }

    /**
     * {@code true} when the file is still the regular file {@code before} describes, with the same size and
     * modification time: it did not change while it was read.
     */
    public static boolean unchangedSince(Path file, BasicFileAttributes before) {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            return now.isRegularFile()
                    && now.size() == before.size()
                    && now.lastModifiedTime().equals(before.lastModifiedTime())
                    && Objects.equals(now.fileKey(), before.fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The channel's bytes, but no more than {@code cap}: sized from the size just checked, so a file is read with
     * one allocation; one that grows or shrinks while it is read is read as it is, and still cut at {@code cap}.
     */
    static byte[] readAtMost(SeekableByteChannel channel, long size, int cap) throws IOException {
        byte[] bytes = new byte[(int) Math.min(cap, Math.max(0, size))];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read until the buffer is full or the file ends
        }
        if (buffer.hasRemaining()) {
            return Arrays.copyOf(bytes, buffer.position()); // it shrank while being read
        }
        if (bytes.length == cap) {
            return bytes;
        }
        byte[] more = Channels.newInputStream(channel).readNBytes(cap - bytes.length);
        if (more.length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, bytes.length + more.length); // it grew while being read
        System.arraycopy(more, 0, all, bytes.length, more.length);
        return all;
    }

    /** How many bytes of a file's head the binary check looks at. */
    static final int SNIFF = 8 * 1024;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    /** How many bytes of a file's head the control-character ratio looks at. */
    static final int CONTROL_SNIFF = 1024;

    /**
     * {@code true} when the bytes are not text: a NUL byte in the first 8 KiB (as git decides), or more than a
     * tenth of the first 1 KiB control characters other than tab, line breaks, form feed and escape. Text in a
     * legacy encoding (a lone 0x92) is text: it is reported as bad UTF-8, not as binary. The NUL search reads eight
     * bytes at a time, as it runs on every file a catalog loads.
     */
    public static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long v = (long) LONGS.get(bytes, i);
            if (((v - ONES) & ~v & HIGH_BITS) != 0) { // a zero byte here (the test has no false negatives)
                for (int k = i; k < i + 8; k++) {
                    if (bytes[k] == 0) {
                        return true;
                    }
                }
            }
        }
        for (; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        int head = Math.min(bytes.length, CONTROL_SNIFF);
        int controls = 0;
        for (int k = 0; k < head; k++) {
            controls += isControl(bytes[k] & 0xFF) ? 1 : 0;
        }
        return controls * 10 > head;
    }

    private static boolean isControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B;
    }
}
