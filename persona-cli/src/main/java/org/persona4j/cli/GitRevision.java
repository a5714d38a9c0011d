package org.persona4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.persona4j.PersonaFiles;
import org.persona4j.ReadOptions;

/**
 * The persona files of a git revision, copied into a directory so that the one discovery reads them as it reads
 * the working tree. Git runs as a process with arguments (never a shell), the revision is refused when it could be
 * read as an option, and each file's output is bounded by the reader's file limit.
 */
final class GitRevision {

    /** How long one git command may take. */
    private static final long TIMEOUT_SECONDS = 120;
    /** The most a file listing may hold. */
    private static final int MAX_LISTING_BYTES = 64 << 20;

    /** The most of one file copied: one byte past the reader's default limit. */
    private static final int FILE_LIMIT =
            (int) Math.min(Integer.MAX_VALUE - 1, ReadOptions.builder().build().maxFileBytes()) + 1;

    private final Path workingDirectory;
    private final String revision;

    /**
     * @param workingDirectory a directory inside the repository, where git runs
     * @param revision         the revision to read
     * @throws IllegalArgumentException when the revision could be taken for an option or a path
     */
    GitRevision(Path workingDirectory, String revision) {
        if (revision.isBlank()
                || revision.startsWith("-")
                || revision.indexOf('\0') >= 0
                || revision.indexOf(':') >= 0) {
            throw new IllegalArgumentException(
                    "'" + revision + "' is not a revision; give a commit, branch or tag " + "such as HEAD~1 or main");
        }
        this.workingDirectory = workingDirectory;
        this.revision = revision;
    }

    /** The repository's top directory, with links resolved. */
    Path root() throws IOException {
        String top = new String(
                        run(List.of("rev-parse", "--show-toplevel"), MAX_LISTING_BYTES, false), StandardCharsets.UTF_8)
                .strip();
        return Path.of(top).toRealPath();
    }

    /** A Claude Code plugin's manifest, at the plugin's top. */
    private static final String PLUGIN_MANIFEST = ".claude-plugin/plugin.json";

    /**
     * Copies the revision's persona files under {@code paths} (each inside the repository), and the Claude Code
     * plugin manifests among them, into {@code into}, at their paths from the repository's top.
     *
     * @return the number of persona files copied
     */
    int copy(List<Path> paths, Path into) throws IOException {
        Path root = root();
        List<String> command =
                new ArrayList<>(List.of("ls-tree", "-r", "-z", "--full-name", "--name-only", revision, "--"));
        for (Path p : paths) {
            Path real = p.toAbsolutePath().normalize();
            Path inside = Files.exists(real) ? real.toRealPath() : real;
            if (!inside.startsWith(root)) {
                throw new IllegalArgumentException(p + " is outside the repository " + root);
            }
            String relative = root.relativize(inside).toString().replace(java.io.File.separatorChar, '/');
            if (relative.isEmpty()) {
                command.subList(command.indexOf("--") + 1, command.size()).clear();
                break; // the whole tree
            }
            command.add(":(top,literal)" + relative);
        }
        String listing = new String(run(command, MAX_LISTING_BYTES, false), StandardCharsets.UTF_8);
        int copied = 0;
        Path target = into.toAbsolutePath().normalize();
        for (String name : listing.split("\0")) {
            // A Claude Code plugin's manifest comes too: it makes the files of the plugin's commands folder commands.
            boolean manifest = name.equals(PLUGIN_MANIFEST) || name.endsWith("/" + PLUGIN_MANIFEST);
            if (name.isEmpty()
                    || !manifest
                            && !PersonaFiles.isPersonaFileName(
                                    Path.of(name).getFileName().toString())) {
                continue;
            }
            Path file = target.resolve(name).normalize();
            if (!file.startsWith(target)) {
                continue; // git never lists such a name; a path that leaves the copy is not written
            }
            // A file past the reader's limit is cut just past it, so that reading it reports it as too large.
            byte[] bytes = run(List.of("show", revision + ":" + name), FILE_LIMIT, true);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            copied += manifest ? 0 : 1;
        }
        return copied;
    }

    /**
     * Runs git with these arguments and returns what it printed: at most {@code maxBytes}, past which the output is
     * an error, or (with {@code cut}) cut there.
     */
    private byte[] run(List<String> arguments, int maxBytes, boolean cut) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", workingDirectory.toString()));
        command.addAll(arguments);
        Path errors = Files.createTempFile("persona-git", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectError(errors.toFile())
                    .start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = readBounded(in, maxBytes, cut);
            }
            boolean done = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
                throw new IOException("git " + arguments.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = new String(Files.readAllBytes(errors), StandardCharsets.UTF_8).strip();
                throw new IOException("git " + arguments.get(0) + " failed: "
                        + (message.length() > 300 ? message.substring(0, 300) + "…" : message));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git ran", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** At most {@code maxBytes} of a stream; past them, an error, or (when cutting) the first bytes. */
    private static byte[] readBounded(InputStream in, int maxBytes, boolean cut) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > maxBytes) {
                if (!cut) {
                    throw new IOException("git's output is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, maxBytes - out.size());
                in.transferTo(java.io.OutputStream.nullOutputStream()); // let git finish writing
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
