package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.persona4j.Persona;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.ReadResult;
import org.persona4j.diff.PersonaDiff;
import org.persona4j.render.TokenCounter;

/**
 * The two sides of a diff, found by the one discovery and paired: files by their path under each side's root,
 * personas of a file by id (a CrewAI file holds several). Reading findings go to standard error.
 */
final class DiffSides {

    private final PersonaReader reader;
    private final TokenCounter counter;
    private final PrintWriter err;

    DiffSides(PersonaReader reader, TokenCounter counter, PrintWriter err) {
        this.reader = reader;
        this.counter = counter;
        this.err = err;
    }

    /** The persona files under a directory, by their path relative to it ({@code /} separated). */
    Map<String, PersonaFile> files(Path root, Path under) throws IOException {
        PersonaFiles.Found found = PersonaFiles.defaults().find(List.of(under));
        found.diagnostics().forEach(err::println);
        Map<String, PersonaFile> out = new TreeMap<>();
        Path base = real(root);
        for (PersonaFile f : found.files()) {
            Path absolute = real(f.path());
            String key = (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
                    .toString()
                    .replace(java.io.File.separatorChar, '/');
            out.put(key, f);
        }
        return out;
    }

    /** A path with links resolved, so that a tree reached through a link pairs with its real path. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The diffs of paired files, in path order; a file on one side only is a persona added or removed. */
    List<PersonaDiff> pair(
            Map<String, PersonaFile> before,
            Map<String, PersonaFile> after,
            java.util.function.UnaryOperator<String> oldLabel)
            throws IOException {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        Map<String, String> renamed = Renames.pair(before, after);
        java.util.Set<String> renamedTo = new java.util.HashSet<>(renamed.values());
        List<PersonaDiff> out = new ArrayList<>();
        for (String key : keys) {
            if (renamedTo.contains(key) && !before.containsKey(key)) {
                continue; // diffed with the file it was renamed from
            }
            PersonaFile o = before.get(key);
            PersonaFile n = after.containsKey(key)
                    ? after.get(key)
                    : renamed.containsKey(key) ? after.get(renamed.get(key)) : null;
            out.addAll(files(o == null ? null : relabel(o, oldLabel.apply(key)), n));
        }
        return out;
    }

    /** The diffs of two files (either may be absent), personas paired by id, else by position. */
    List<PersonaDiff> files(PersonaFile before, PersonaFile after) throws IOException {
        List<Persona> olds = before == null ? List.of() : read(before);
        List<Persona> news = after == null ? List.of() : read(after);
        List<PersonaDiff> out = new ArrayList<>();
        List<Persona> unpaired = new ArrayList<>(news);
        for (int i = 0; i < olds.size(); i++) {
            Persona o = olds.get(i);
            Persona n = unpaired.stream()
                    .filter(x -> localId(x).equals(localId(o)))
                    .findFirst()
                    .orElse(olds.size() == 1 && unpaired.size() == 1 ? unpaired.get(0) : null);
            if (n == null) {
                out.add(PersonaDiff.removed(o, counter));
            } else {
                unpaired.remove(n);
                out.add(PersonaDiff.between(o, n, counter));
            }
        }
        unpaired.forEach(n -> out.add(PersonaDiff.added(n, counter)));
        return out;
    }

    private List<Persona> read(PersonaFile file) throws IOException {
        List<Persona> out = new ArrayList<>();
        for (ReadResult r : reader.readAll(file)) {
            r.diagnostics().stream().filter(d -> d.isError()).forEach(err::println);
            r.findPersona().ifPresent(out::add);
        }
        return out;
    }

    /** The part of an id that names a persona inside its file: after {@code #}, or the whole id. */
    private static String localId(Persona p) {
        int hash = p.id().lastIndexOf('#');
        return hash < 0 ? p.id() : p.id().substring(hash + 1);
    }

    private static PersonaFile relabel(PersonaFile f, String label) {
        return new PersonaFile(f.path(), label, f.defaultId(), f.named());
    }

    /** Deletes a temporary tree; what cannot be deleted stays for the system's temporary-file cleaning. */
    static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's cleaning
                }
            });
        } catch (IOException e) {
            // left for the system's cleaning
        }
    }
}
