package org.persona4j.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which files belong to a dialect and how they are named.
 *
 * @param names          exact file names that are this dialect's, such as {@code SKILL.md} or {@code AGENTS.md}, or the
 *                       end of their path where only one folder holds them ({@code .github/copilot-instructions.md})
 * @param suffixes       file-name endings that are this dialect's, compared ignoring case, such as {@code .agent.md}
 * @param folders        folders whose Markdown files are this dialect's wherever the folder is, such as
 *                       {@code .claude/agents}; a file at any depth below one counts
 * @param conventional   where a file named {@code {name}} lives in a repository, such as
 *                       {@code .claude/agents/{name}.md}
 * @param id             how a file's persona is named
 * @param folderIsUnit   whether the file's folder is the unit: every other file in it belongs to this file (an Agent
 *                       Skill's scripts, references and assets), is never a persona of its own, and travels with it
 * @param severalPerFile whether one file holds several personas (CrewAI's {@code agents.yaml})
 */
public record FileRules(
        List<String> names,
        List<String> suffixes,
        List<String> folders,
        String conventional,
        IdRule id,
        boolean folderIsUnit,
        boolean severalPerFile) {

    /**
     * Checks the components and keeps unmodifiable copies of the lists.
     *
     * @param names          exact file names that are this dialect's
     * @param suffixes       file-name endings that are this dialect's, compared ignoring case
     * @param folders        folders whose Markdown files are this dialect's
     * @param conventional   where a file named {@code {name}} lives in a repository
     * @param id             how a file's persona is named
     * @param folderIsUnit   whether the file's folder is the unit
     * @param severalPerFile whether one file holds several personas
     */
    public FileRules {
        names = List.copyOf(names);
        suffixes = List.copyOf(suffixes);
        folders = List.copyOf(folders);
        Objects.requireNonNull(conventional, "conventional");
        Objects.requireNonNull(id, "id");
    }

    /**
     * {@return where a file of this dialect named {@code name} lives, relative to a repository's root}
     *
     * @param name a file name without extension
     */
    public String conventionalPath(String name) {
        return conventional.replace("{name}", name);
    }

    /**
     * {@return whether a file name is one of {@link #names()} or ends in one of {@link #suffixes()}}
     *
     * @param fileName a file name without folders
     */
    public boolean matchesName(String fileName) {
        if (names.contains(fileName)) {
            return true;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return suffixes.stream().anyMatch(s -> lower.endsWith(s) && lower.length() > s.length());
    }

    /**
     * {@return whether a file's path ends in one of {@link #names()} (which may name folders too:
     * {@code .github/copilot-instructions.md}) or its name ends in one of {@link #suffixes()}}
     *
     * @param path the file's path or name, with {@code /} or {@code \\} between folders
     */
    public boolean matchesPath(String path) {
        String p = "/" + path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        for (String n : names) {
            if (n.indexOf('/') >= 0 ? p.endsWith("/" + n) : n.equals(name)) {
                return true;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return suffixes.stream().anyMatch(s -> lower.endsWith(s) && lower.length() > s.length());
    }

    /**
     * {@return whether a path lies below one of {@link #folders()}: {@code repo/.claude/agents/review.md} for
     * {@code .claude/agents}}
     *
     * @param path a path with {@code /} or {@code \} between its segments
     */
    public boolean inFolder(String path) {
        String p = "/" + path.replace('\\', '/');
        for (String folder : folders) {
            int at = p.lastIndexOf("/" + folder + "/");
            if (at >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@return the suffix of {@link #suffixes()} a file name ends in, or an empty string} */
    String suffixOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return suffixes.stream().filter(lower::endsWith).findFirst().orElse("");
    }
}
