package org.persona4j.internal.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.persona4j.Persona;
import org.persona4j.SourceSpan;
import org.persona4j.convert.BundledFile;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Origin;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.model.Link;
import org.persona4j.model.Section;

/**
 * The files a source bundles beside it (an Agent Skill's scripts, references and assets) on the way to another
 * dialect: copied into the target's folder where the target keeps such files (another skill), and otherwise lost,
 * each by its path, with every link to a lost file in the body made plain text, so that the written file links to no
 * file that is not there.
 */
final class Bundle {

    /** The most files of one folder taken; a skill is small, and a folder past this is not one. */
    static final int MAX_FILES = 2_000;

    /** The most folder entries looked at, files and folders: the walk's bound when a skill sits above a big tree. */
    static final int MAX_ENTRIES = 20_000;

    private static final Bundle NONE = new Bundle(List.of(), List.of(), List.of());

    private final List<BundledFile> copied;
    private final List<LedgerEntry> ledger;
    /** The body's links to lost files and folders, in order. */
    private final List<Link> lostLinks;

    private Bundle(List<BundledFile> copied, List<LedgerEntry> ledger, List<Link> lostLinks) {
        this.copied = copied;
        this.ledger = ledger;
        this.lostLinks = lostLinks;
    }

    static Bundle of(Persona source, DialectSpec target, String targetPath) {
        if (!source.dialect().spec().files().folderIsUnit()
                || source.source().file().isEmpty()) {
            return NONE;
        }
        Path file = source.source().file().get().toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null) {
            return NONE;
        }
        Walk walk = walk(folder, file);
        List<BundledFile> copied = new ArrayList<>();
        List<LedgerEntry> ledger = new ArrayList<>();
        Set<Path> lost = new HashSet<>();
        int slash = targetPath.lastIndexOf('/');
        String targetFolder = slash < 0 ? "" : targetPath.substring(0, slash + 1);
        String label = source.source().label();
        for (Path f : walk.files()) {
            String rel =
                    folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            if (target.files().folderIsUnit()) {
                copied.add(new BundledFile(f, targetFolder + rel));
                ledger.add(new LedgerEntry(
                        Origin.FILE, rel, Outcome.MAPPED, targetFolder + rel, "", label, SourceSpan.FILE));
            } else {
                // The file and every folder of the bundle above it: a link to references/ is as lost as its files.
                for (Path p = f; p != null && !p.equals(folder); p = p.getParent()) {
                    lost.add(p);
                }
                ledger.add(new LedgerEntry(
                        Origin.FILE,
                        rel,
                        Outcome.LOST,
                        "",
                        target.displayName() + "s have no place for the files a skill bundles; links to it are now "
                                + "plain text",
                        label,
                        SourceSpan.FILE));
            }
        }
        if (walk.truncated()) {
            ledger.add(new LedgerEntry(
                    Origin.FILE,
                    "…",
                    Outcome.LOST,
                    "",
                    "the folder holds more than " + MAX_FILES + " files or " + MAX_ENTRIES + " entries, more than a "
                            + "skill bundles: the files past that were not looked at, and are not in the result",
                    label,
                    SourceSpan.FILE));
        }
        List<Link> lostLinks = new ArrayList<>();
        if (!lost.isEmpty()) {
            for (Link link : source.body().links()) {
                if (link.isRelative() && lost.contains(target(folder, link.destination()))) {
                    lostLinks.add(link);
                }
            }
        }
        return new Bundle(List.copyOf(copied), List.copyOf(ledger), List.copyOf(lostLinks));
    }

    /** The regular files of a walk, in path order, and whether it stopped at a bound. */
    private record Walk(List<Path> files, boolean truncated) {}

    /**
     * The regular files under the folder but the persona's own, in path order; links are not followed, and the walk
     * stops at {@link #MAX_FILES} files or {@link #MAX_ENTRIES} entries.
     */
    private static Walk walk(Path folder, Path own) {
        List<Path> files = new ArrayList<>();
        boolean[] truncated = {false};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                private int entries;

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return count();
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !f.equals(own)) {
                        if (files.size() >= MAX_FILES) {
                            truncated[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        files.add(f);
                    }
                    return count();
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return count(); // an unreadable entry bundles nothing that can be copied
                }

                private FileVisitResult count() {
                    if (++entries > MAX_ENTRIES) {
                        truncated[0] = true;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return new Walk(List.of(), false); // an unreadable folder bundles nothing that can be copied
        }
        files.sort(null);
        return new Walk(List.copyOf(files), truncated[0]);
    }

    List<BundledFile> files() {
        return copied;
    }

    List<LedgerEntry> ledger() {
        return ledger;
    }

    /** The section with every link to a lost file made plain text: {@code [label](references/x.md)} is {@code label}. */
    Section unlink(Section s) {
        String text = unlink(s.text(), s.textLine());
        return text.equals(s.text()) ? s : s.withText(text);
    }

    /** What {@link #unlink(Section)} did to a section, for the ledger; empty when nothing. */
    String unlinkedIn(Section s) {
        return unlink(s.text(), s.textLine()).equals(s.text())
                ? ""
                : "links to bundled files that were lost are now text";
    }

    /** A text that starts on a file line, with every link to a lost file made plain text. */
    String unlink(String text, int firstLine) {
        if (lostLinks.isEmpty() || text.isEmpty()) {
            return text;
        }
        int[] lineStarts = lineStarts(text);
        int lastLine = firstLine + lineStarts.length - 1;
        List<int[]> cuts = new ArrayList<>();
        for (Link link : lostLinks) {
            if (link.span().startLine() < firstLine || link.span().endLine() > lastLine) {
                continue;
            }
            int start = offset(
                    text,
                    lineStarts,
                    firstLine,
                    link.span().startLine(),
                    link.span().startColumn());
            int end = offset(
                    text,
                    lineStarts,
                    firstLine,
                    link.span().endLine(),
                    link.span().endColumn());
            if (start >= 0 && end > start) {
                cuts.add(new int[] {start, end});
            }
        }
        if (cuts.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] cut : cuts) {
            if (cut[0] < at) {
                continue;
            }
            out.append(text, at, cut[0]).append(label(text.substring(cut[0], cut[1])));
            at = cut[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The offset at which each line of the text starts. */
    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** The label of an inline link or image, {@code [label](…)}; the whole text when it is not one. */
    private static String label(String link) {
        int open = link.startsWith("![") ? 2 : link.startsWith("[") ? 1 : -1;
        int close = link.lastIndexOf("](");
        return open > 0 && close >= open && link.endsWith(")") ? link.substring(open, close) : link;
    }

    /** The file a relative link names, its percent escapes decoded as a URI path's are ({@code +} stays a plus). */
    private static Path target(Path dir, String destination) {
        String d = destination.strip();
        int cut = d.indexOf('#');
        int q = d.indexOf('?');
        if (q >= 0 && (cut < 0 || q < cut)) {
            cut = q;
        }
        String path = cut >= 0 ? d.substring(0, cut) : d;
        String decoded;
        try {
            decoded = new java.net.URI(path).getPath();
        } catch (java.net.URISyntaxException e) {
            decoded = path; // not a URI reference (a space, say): a path as written, with no escapes to decode
        }
        if (decoded == null) {
            return dir; // a link with a scheme's part only names no bundled file
        }
        try {
            return dir.resolve(decoded).normalize();
        } catch (RuntimeException e) {
            return dir;
        }
    }

    /** The offset in {@code text} of a file line and 1-based code-point column, or -1 when outside it. */
    private static int offset(String text, int[] lineStarts, int firstLine, int line, int column) {
        int index = line - firstLine;
        if (index < 0 || index >= lineStarts.length) {
            return -1;
        }
        int at = lineStarts[index];
        int lineEnd = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
        try {
            int o = text.offsetByCodePoints(at, column - 1);
            return o <= lineEnd ? o : -1;
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
