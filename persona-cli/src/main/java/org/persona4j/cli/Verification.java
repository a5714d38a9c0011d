package org.persona4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaReader;
import org.persona4j.SourceSpan;
import org.persona4j.TerminalText;

/**
 * The check a fix passes before it is written: the front matter, read as the file's dialect reads it, has the same
 * keys before and after, and only the values of keys on the lines a fix was for differ.
 */
final class Verification {

    /** One reader for every fixed file: finding the parsers once. */
    private static final PersonaReader READER = PersonaReader.builder().build();

    private Verification() {}

    /**
     * {@return why the fixed text may not be written, or {@code null} when it may}
     *
     * @param before  the text as read
     * @param after   the text fixed
     * @param file    the file, whose path (and a plugin's manifest beside it) tells its dialect
     * @param touched the lines of the fixed text that fixes changed
     */
    static String changedBeyond(String before, String after, Path file, Set<Integer> touched) {
        Persona a = READER.parse(before, file.toString(), file).persona();
        Persona b = READER.parse(after, file.toString(), file).persona();
        if (a == null || b == null) {
            return a == b ? null : "the fixed file would no longer read as a persona";
        }
        PersonaMetadata was = a.metadata();
        PersonaMetadata is = b.metadata();
        Set<String> keysBefore = new TreeSet<>(was.values().keySet());
        Set<String> keysAfter = new TreeSet<>(is.values().keySet());
        if (!keysBefore.equals(keysAfter)) {
            Set<String> gone = new TreeSet<>(keysBefore);
            gone.removeAll(keysAfter);
            Set<String> added = new TreeSet<>(keysAfter);
            added.removeAll(keysBefore);
            return "the front matter would read to other keys"
                    + (gone.isEmpty() ? "" : " (without " + names(gone) + ")")
                    + (added.isEmpty() ? "" : " (with " + names(added) + ")") + "; fix it by hand";
        }
        List<Map.Entry<String, Integer>> lines = new ArrayList<>();
        for (String key : keysAfter) {
            lines.add(Map.entry(key, is.span(key).map(SourceSpan::startLine).orElse(0)));
        }
        lines.sort(Comparator.comparingInt(Map.Entry::getValue));
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).getKey();
            if (Objects.equals(was.values().get(key), is.values().get(key))) {
                continue;
            }
            int from = lines.get(i).getValue();
            int to = i + 1 < lines.size() ? lines.get(i + 1).getValue() : Integer.MAX_VALUE;
            boolean intended = touched.stream().anyMatch(l -> l >= from && l < to);
            if (!intended) {
                return "the value of '" + TerminalText.escape(shorten(key)) + "' would change, and no fix was for it; "
                        + "fix it by hand";
            }
        }
        return null;
    }

    private static String names(Set<String> keys) {
        return String.join(
                ", ",
                keys.stream()
                        .map(k -> "'" + TerminalText.escape(shorten(k)) + "'")
                        .toList());
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
