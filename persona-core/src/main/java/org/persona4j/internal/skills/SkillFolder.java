package org.persona4j.internal.skills;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.SourceSpan;
import org.persona4j.internal.files.FileBytes;
import org.persona4j.skills.SkillAnswer;
import org.persona4j.skills.SkillFile;

/**
 * The folder of one skill, on the file system or in a jar: the files it bundles, and reads of them that never leave
 * it. A path is taken only as a relative path of plain names: no {@code ..}, no absolute path or drive, no
 * backslash or control character, no hidden name; each folder on the way and the file itself must not be a
 * symbolic link; what it names must be a regular file (a pipe is never opened) within the size limit, UTF-8 text and
 * not binary.
 */
public final class SkillFolder {

    /** The most files a skill's list holds; a folder with more lists the first in path order. */
    public static final int MAX_FILES = 1_000;
    /** The deepest folder listed below a skill's folder. */
    public static final int MAX_DEPTH = 8;
    /** The longest path a read takes. */
    public static final int MAX_PATH = 512;

    private static final String UNIT_FILE = "SKILL.md";

    private final Path folder;
    private final String skill;
    private final long maxBytes;

    /**
     * @param folder   the skill's folder: where its {@code SKILL.md} is
     * @param skill    the skill's name, for messages
     * @param maxBytes the largest file read
     */
    public SkillFolder(Path folder, String skill, long maxBytes) {
        this.folder = folder;
        this.skill = skill;
        this.maxBytes = maxBytes;
    }

    /** The files of the folder besides {@code SKILL.md}, in path order; links and hidden names are left out. */
    public List<SkillFile> files() {
        List<SkillFile> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, java.util.Set.of(), MAX_DEPTH + 1, new FileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(folder) || !hidden(dir) && !attrs.isSymbolicLink()
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(file);
                    if (attrs.isRegularFile() && !hidden(file) && !rel.equals(UNIT_FILE)) {
                        out.add(new SkillFile(rel, attrs.size(), attrs.size() <= maxBytes && text(file)));
                    }
                    return out.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of(); // a folder that cannot be listed bundles nothing a model can read
        }
        out.sort(Comparator.comparing(SkillFile::path));
        return out;
    }

    /**
     * Whether a file's head is text a read returns: not binary, and UTF-8 (a character cut by the end of the head
     * is allowed).
     */
    private static boolean text(Path file) {
        byte[] head;
        try {
            head = FileBytes.read(file, HEAD).bytes();
        } catch (IOException e) {
            return false;
        }
        if (FileBytes.isBinary(head)) {
            return false;
        }
        for (int cut = 0; cut <= (head.length == HEAD ? 3 : 0) && cut <= head.length; cut++) {
            if (utf8(head, head.length - cut) != null) {
                return true;
            }
        }
        return false;
    }

    /** How much of a file the list reads to tell text. */
    private static final int HEAD = 8 * 1024;

    /** The first bytes decoded as strict UTF-8, or {@code null} when they are not. */
    private static String utf8(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Reads a bundled file by its path relative to the folder, or says why not. */
    public SkillAnswer<String> read(String requested) {
        if (requested == null || requested.isBlank()) {
            return refused(
                    DiagnosticCodes.SKILL_PATH_REFUSED,
                    skill,
                    "no path was given: give one the skill's file list shows");
        }
        if (requested.length() > MAX_PATH) {
            return refused(
                    DiagnosticCodes.SKILL_PATH_REFUSED, skill, "the path is longer than " + MAX_PATH + " characters");
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return refused(
                        DiagnosticCodes.SKILL_PATH_REFUSED,
                        skill,
                        "the path holds a backslash or a control character; use '/' between folders");
            }
        }
        if (requested.startsWith("/")
                || requested.startsWith("~")
                || requested.length() > 1 && requested.charAt(1) == ':') {
            return refused(
                    DiagnosticCodes.SKILL_PATH_REFUSED,
                    skill,
                    "the path is absolute; give a path relative to the skill's folder, such as references/guide.md");
        }
        Path at = folder;
        String[] names = requested.split("/");
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                return refused(
                        DiagnosticCodes.SKILL_PATH_REFUSED,
                        skill,
                        "the path leaves the skill's folder ('..'); only files inside it are read");
            }
            if (name.startsWith(".")) {
                return refused(DiagnosticCodes.SKILL_PATH_REFUSED, skill, "hidden files are not read");
            }
            at = at.resolve(name);
            if (Files.isSymbolicLink(at)) {
                return refused(
                        DiagnosticCodes.SKILL_PATH_REFUSED,
                        skill,
                        "'" + String.join("/", java.util.Arrays.copyOf(names, i + 1))
                                + "' is a symbolic link; links are not followed out of a skill's folder");
            }
        }
        if (!at.normalize().startsWith(folder.normalize()) || at.equals(folder)) {
            return refused(
                    DiagnosticCodes.SKILL_PATH_REFUSED, skill, "the path names no file inside the skill's folder");
        }
        if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
            return refused(
                    DiagnosticCodes.SKILL_FILE_MISSING,
                    skill,
                    "no file '" + relative(at) + "' in skill '" + skill + "'; load the skill for its file list");
        }
        FileBytes.Read read;
        try {
            read = FileBytes.read(at, (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            return refused(
                    DiagnosticCodes.SKILL_FILE_MISSING,
                    skill,
                    "no file '" + relative(at) + "' in skill '" + skill + "'");
        } catch (FileBytes.NotRegularFile e) {
            return refused(DiagnosticCodes.SKILL_PATH_REFUSED, skill, "'" + relative(at) + "' " + e.getMessage());
        } catch (IOException e) {
            return refused(
                    DiagnosticCodes.FILE_UNREADABLE, skill, "'" + relative(at) + "' cannot be read: " + e.getMessage());
        }
        if (read.bytes().length > maxBytes) {
            return refused(
                    DiagnosticCodes.FILE_TOO_LARGE,
                    skill,
                    "'" + relative(at) + "' is larger than " + maxBytes + " bytes, the most read of one file");
        }
        if (FileBytes.isBinary(read.bytes())) {
            return refused(DiagnosticCodes.FILE_BINARY, skill, "'" + relative(at) + "' is binary, not text");
        }
        String text = utf8(read.bytes(), read.bytes().length);
        return text != null
                ? new SkillAnswer.Found<>(text)
                : refused(DiagnosticCodes.FILE_BINARY, skill, "'" + relative(at) + "' is not UTF-8 text");
    }

    private String relative(Path p) {
        return folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A refusal, as a diagnostic on the skill. */
    public static <T> SkillAnswer<T> refused(org.persona4j.DiagnosticCode code, String skill, String message) {
        Diagnostic d = code.at("skill:" + skill, SourceSpan.FILE, message);
        return new SkillAnswer.Refused<>(d);
    }
}
