package org.persona4j.validation;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Persona;

/**
 * What a {@link LintRule} checks: the persona as read, the decoded text of its file (line breaks as {@code \n},
 * BOM removed, so lines and columns match the persona's spans), and the profile of the run.
 */
public final class LintTarget {

    private final Persona persona;
    private final String text;
    private final Path path;
    private final Profile profile;
    private int[] lineStarts;

    /** What a rule checks: the persona, its text, its file ({@code null} from memory) and the profile. */
    public LintTarget(Persona persona, String text, Path path, Profile profile) {
        this.persona = Objects.requireNonNull(persona, "persona");
        this.text = Objects.requireNonNull(text, "text");
        this.path = path;
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** The persona, as read. */
    public Persona persona() {
        return persona;
    }

    /** The whole decoded file. */
    public String text() {
        return text;
    }

    /** The file, when the persona was read from one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The profile the persona is checked against. */
    public Profile profile() {
        return profile;
    }

    /** How diagnostics name the file. */
    public String label() {
        return persona.source().label();
    }

    /** Line {@code n} (1-based) without its line break; empty past the end. */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        int start = starts[n - 1];
        int end = n < starts.length ? starts[n] - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    /** The number of lines. */
    public int lineCount() {
        return lineStarts().length;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = compute();
            lineStarts = starts;
        }
        return starts;
    }

    private int[] compute() {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
