package org.persona4j.internal.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

    private static final Bundle NONE = new Bundle(null, List.of(), List.of(), Set.of(), List.of());

    private final Persona source;
    private final List<BundledFile> copied;
    private final List<LedgerEntry> ledger;
    private final Set<Path> lost;
    private final List<Link> links;

    private Bundle(
            Persona source, List<BundledFile> copied, List<LedgerEntry> ledger, Set<Path> lost, List<Link> links) {
        this.source = source;
        this.copied = copied;
        this.ledger = ledger;
        this.lost = lost;
        this.links = links;
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
        List<Path> files = files(folder, file);
        List<BundledFile> copied = new ArrayList<>();
        List<LedgerEntry> ledger = new ArrayList<>();
        Set<Path> lost = new HashSet<>();
        int slash = targetPath.lastIndexOf('/');
        String targetFolder = slash < 0 ? "" : targetPath.substring(0, slash + 1);
        String label = source.source().label();
        for (Path f : files) {
            String rel =
                    folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            if (target.files().folderIsUnit()) {
                copied.add(new BundledFile(f, targetFolder + rel));
                ledger.add(new LedgerEntry(
                        Origin.FILE, rel, Outcome.MAPPED, targetFolder + rel, "", label, SourceSpan.FILE));
            } else {
                lost.add(f);
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
        return new Bundle(
                source,
                List.copyOf(copied),
                List.copyOf(ledger),
                Set.copyOf(lost),
                source.body().links());
    }

    /** The regular files under the folder but the persona's own, in path order; links are not followed. */
    private static List<Path> files(Path folder, Path own) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(own))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .limit(MAX_FILES)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable folder bundles nothing that can be copied
        }
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
        if (lost.isEmpty() || text.isEmpty()) {
            return text;
        }
        Path dir = source.source().file().get().toAbsolutePath().normalize().getParent();
        List<int[]> cuts = new ArrayList<>();
        for (Link link : links) {
            if (!link.isRelative() || !isLost(target(dir, link.destination()), dir)) {
                continue;
            }
            int start =
                    offset(text, firstLine, link.span().startLine(), link.span().startColumn());
            int end = offset(text, firstLine, link.span().endLine(), link.span().endColumn());
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

    /** Whether a link's target is a lost file, or a folder of the bundle that held lost files. */
    private boolean isLost(Path target, Path dir) {
        return lost.contains(target) || !target.equals(dir) && lost.stream().anyMatch(f -> f.startsWith(target));
    }

    /** The label of an inline link or image, {@code [label](…)}; the whole text when it is not one. */
    private static String label(String link) {
        int open = link.startsWith("![") ? 2 : link.startsWith("[") ? 1 : -1;
        int close = link.lastIndexOf("](");
        return open > 0 && close >= open && link.endsWith(")") ? link.substring(open, close) : link;
    }

    private static Path target(Path dir, String destination) {
        String d = destination.strip();
        int cut = d.indexOf('#');
        int q = d.indexOf('?');
        if (q >= 0 && (cut < 0 || q < cut)) {
            cut = q;
        }
        String path = cut >= 0 ? d.substring(0, cut) : d;
        try {
            return dir.resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8))
                    .normalize();
        } catch (RuntimeException e) {
            return dir;
        }
    }

    /** The offset in {@code text} of a file line and 1-based code-point column, or -1 when outside it. */
    private static int offset(String text, int firstLine, int line, int column) {
        if (line < firstLine) {
            return -1;
        }
        int at = 0;
        for (int l = firstLine; l < line; l++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return -1;
            }
            at = nl + 1;
        }
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        try {
            int o = text.offsetByCodePoints(at, column - 1);
            return o <= lineEnd ? o : -1;
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
