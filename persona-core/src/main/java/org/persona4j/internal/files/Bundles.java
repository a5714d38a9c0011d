package org.persona4j.internal.files;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.persona4j.Dialect;

/**
 * The folders that are one persona with the files beside it, such as an Agent Skill's: its {@code SKILL.md} is the
 * persona, and every other file below the folder (scripts, references, assets, Markdown included) belongs to it and
 * is never a persona of its own. Which file makes a folder a unit is the dialect tables' {@code folderIsUnit}.
 */
final class Bundles {

    private final Set<String> units = new HashSet<>();

    /**
     * Finds the units among files.
     *
     * @param paths paths below a root, with {@code /} between folders
     */
    Bundles(Collection<String> paths) {
        for (String rel : paths) {
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            if (isUnitFile(name)) {
                units.add(folder(rel));
            }
        }
    }

    /** The dialects whose folder is the unit (Agent Skills), found once. */
    private static final List<org.persona4j.dialect.FileRules> UNITS = java.util.Arrays.stream(Dialect.values())
            .map(d -> d.spec().files())
            .filter(org.persona4j.dialect.FileRules::folderIsUnit)
            .toList();

    /** Whether a file name makes its folder a unit. */
    static boolean isUnitFile(String name) {
        for (org.persona4j.dialect.FileRules files : UNITS) {
            if (files.matchesName(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether a file belongs to a unit above it (and is not the file that makes that unit, at its top)}
     *
     * @param rel a path below the root, with {@code /} between folders
     */
    boolean isBundled(String rel) {
        if (units.isEmpty()) {
            return false;
        }
        String own = folder(rel);
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        boolean unitFile = isUnitFile(name);
        for (String f = own; ; f = folder(f.substring(0, f.length() - 1))) {
            if (units.contains(f) && !(unitFile && f.equals(own))) {
                return true;
            }
            if (f.isEmpty()) {
                return false;
            }
        }
    }

    /** The folder part of a path, with its trailing slash; empty at the root. */
    private static String folder(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash + 1);
    }
}
