package org.persona4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;

/**
 * Files renamed between the two sides of a diff: a file only the old side has is paired with one only the new side
 * has when most of their lines are the same, so that a persona moved to another path is diffed with itself and
 * {@code --fail-on removed:constraints} holds across the rename. Bounded: at most {@link #MOST} files a side are
 * compared, each by its first {@link #MOST_LINES} distinct lines.
 */
final class Renames {

    /** The most unpaired files a side compares; past it a rename is a removal and an addition (which gates too). */
    static final int MOST = 64;

    static final int MOST_LINES = 4_096;

    /** How much of two files' lines must be shared, of the lines of the larger, for a rename. */
    private static final double SAME = 0.5;

    private Renames() {}

    /** {@return the renames: old key to new key} */
    static Map<String, String> pair(Map<String, PersonaFile> before, Map<String, PersonaFile> after) {
        List<String> gone = new ArrayList<>();
        for (String k : before.keySet()) {
            if (!after.containsKey(k) && gone.size() < MOST) {
                gone.add(k);
            }
        }
        List<String> fresh = new ArrayList<>();
        for (String k : after.keySet()) {
            if (!before.containsKey(k) && fresh.size() < MOST) {
                fresh.add(k);
            }
        }
        if (gone.isEmpty() || fresh.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> oldLines = new HashMap<>();
        gone.forEach(k -> oldLines.put(k, lines(before.get(k))));
        Map<String, Set<String>> newLines = new HashMap<>();
        fresh.forEach(k -> newLines.put(k, lines(after.get(k))));
        record Candidate(String from, String to, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (String g : gone) {
            for (String f : fresh) {
                Set<String> a = oldLines.get(g);
                Set<String> b = newLines.get(f);
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                int shared = 0;
                for (String line : a.size() <= b.size() ? a : b) {
                    if ((a.size() <= b.size() ? b : a).contains(line)) {
                        shared++;
                    }
                }
                double score = (double) shared / Math.max(a.size(), b.size());
                if (score >= SAME) {
                    candidates.add(new Candidate(g, f, score));
                }
            }
        }
        candidates.sort((x, y) -> x.score() != y.score()
                ? Double.compare(y.score(), x.score())
                : (x.from() + "\n" + x.to()).compareTo(y.from() + "\n" + y.to()));
        Map<String, String> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Candidate c : candidates) {
            if (!out.containsKey(c.from()) && taken.add(c.to())) {
                out.put(c.from(), c.to());
            }
        }
        return out;
    }

    /** A file's distinct non-blank lines, stripped; none when it cannot be read. */
    private static Set<String> lines(PersonaFile file) {
        Set<String> out = new HashSet<>();
        try {
            byte[] bytes = PersonaFiles.readSmallFile(file.path(), 4 * 1024 * 1024);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.equals("---") && out.size() < MOST_LINES) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            // unreadable: it pairs with nothing, and reading it for the diff reports why
        }
        return out;
    }
}
