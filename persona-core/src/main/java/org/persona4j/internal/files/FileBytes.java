package org.persona4j.internal.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Opens files the one way every part of persona4j does (docs/SECURITY.md, "File system"): only regular files, checked
 * immediately before opening so that a pipe or device is never opened (opening a FIFO blocks), checked again after
 * opening so that a file swapped in between is noticed, and read no further than a cap.
 */
public final class FileBytes {

    private FileBytes() {
    }

    /** The file is not a regular file, or changed into something else while it was opened. */
    public static final class NotRegularFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotRegularFile(String message) {
            super(message);
        }
    }

    /**
     * The bytes of a regular file, but at most {@code cap}: a caller that passes its limit plus one learns that a
     * file is too large without reading it whole. Symbolic links are followed (the caller decides whether to
     * allow them).
     *
     * @throws NotRegularFile when the path is a directory, pipe, device or socket, or was replaced while opened
     * @throws IOException    when the file cannot be read
     */
    public static byte[] read(Path file, int cap) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new NotRegularFile(before.isDirectory() ? "is a directory"
                    : "is not a regular file (a pipe, device or socket), so it is not opened");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ))) {
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (!after.isRegularFile() || !Objects.equals(before.fileKey(), after.fileKey())) {
                throw new NotRegularFile("was replaced while it was opened; read it again");
            }
            return readAtMost(channel, cap);
        }
    }

    /** {@code true} for a regular file, without following a final symbolic link. */
    public static boolean isRegularNoFollow(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The channel's bytes, but no more than {@code cap}: sized from the open file, as {@code Files.readAllBytes}
     * does, so a file is read with one allocation; one that grows while it is read is still cut at {@code cap}.
     */
    static byte[] readAtMost(SeekableByteChannel channel, int cap) throws IOException {
        long size = channel.size();
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

    /**
     * {@code true} when the bytes are not text: a NUL byte in the first 8 KiB, or more than a tenth of them
     * control characters other than tab, line breaks, form feed and escape. Text in a legacy encoding (a lone
     * 0x92) is text: it is reported as bad UTF-8, not as binary.
     */
    public static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10 > n && n > 0;
    }
}
