package org.persona4j.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Objects;

/**
 * Every file the command writes goes through here: the bytes go to a temporary file in the target's folder, which is
 * then renamed over the target, so a reader sees the old file or the new one and a crash leaves no half-written
 * file. The target may not be a symbolic link, no folder on its path may be one (a pull request can plant
 * {@code reports -> ~/.ssh}), and it may not be one of the command's inputs; each such case is an {@link Refused}
 * that names the path.
 */
final class SafeWrites {

    private SafeWrites() {}

    /** A write that would leave the tree, go through a link or replace an input. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Writes a file whole, replacing it if it exists.
     *
     * @param target where
     * @param bytes  what
     * @param inputs the files the command read, none of which may be replaced
     */
    static void write(Path target, byte[] bytes, Collection<Path> inputs) throws IOException {
        write(target, bytes, inputs, true);
    }

    /**
     * Writes a file whole.
     *
     * @param target  where
     * @param bytes   what
     * @param inputs  the files the command read, none of which may be replaced
     * @param replace whether an existing file is replaced; otherwise it is a {@link FileAlreadyExistsException}
     */
    static void write(Path target, byte[] bytes, Collection<Path> inputs, boolean replace) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) {
            throw new Refused(target + " is not a file that can be written");
        }
        if (Files.isSymbolicLink(abs)) {
            throw new Refused(
                    target + " is a symbolic link; it is not written through, remove it or name another " + "file");
        }
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.equals(abs) || (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(in, abs))) {
                throw new Refused(target + " is one of the files read; name another file to write to");
            }
        }
        noLinkBelowWorkingDirectory(parent, target);
        Files.createDirectories(parent);
        noLinkBelowWorkingDirectory(parent, target); // made meanwhile by someone else: checked again once it exists
        if (!replace && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = Files.createTempFile(parent, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes);
            if (!replace && Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Refuses a folder reached through a symbolic link: no folder of its path may be one, but those right below the
     * file system's root, where systems keep their own ({@code /tmp} on macOS, {@code /home} on some Linux systems),
     * and those the working directory lies in.
     */
    private static void noLinkBelowWorkingDirectory(Path folder, Path target) throws IOException {
        Path root = folder.getRoot();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path p = root;
        for (int i = 0; i < folder.getNameCount(); i++) {
            p = p == null ? folder.getName(i) : p.resolve(folder.getName(i));
            if (i == 0 || cwd.startsWith(p)) {
                continue; // the system's own links, and the folders the command already runs in
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return; // created by the write, as a folder
            }
            if (Files.isSymbolicLink(p)) {
                throw new Refused(target + " would be written through the symbolic link " + p + ", which is not "
                        + "followed; name a path without one");
            }
        }
    }
}
