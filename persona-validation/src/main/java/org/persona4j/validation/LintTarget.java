package org.persona4j.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
    private final Map<Object, Object> shared = new HashMap<>(4);

    /**
     * What a rule checks: the persona, its text, its file ({@code null} from memory) and the profile.
     *
     * @param persona the persona
     * @param text    its decoded text
     * @param path    its file, or {@code null} from memory
     * @param profile the profile of the run
     */
    public LintTarget(Persona persona, String text, Path path, Profile profile) {
        this.persona = Objects.requireNonNull(persona, "persona");
        this.text = Objects.requireNonNull(text, "text");
        this.path = path;
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** {@return the persona, as read} */
    public Persona persona() {
        return persona;
    }

    /** {@return the whole decoded file} */
    public String text() {
        return text;
    }

    /** {@return the file, when the persona was read from one} */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** {@return the profile the persona is checked against} */
    public Profile profile() {
        return profile;
    }

    /** {@return how diagnostics name the file} */
    public String label() {
        return persona.source().label();
    }

    /**
     * {@return line {@code n} (1-based) without its line break; empty past the end}
     *
     * @param n the line, from 1
     */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        int start = starts[n - 1];
        int end = n < starts.length ? starts[n] - 1 : text.length();
        return text.substring(start, Math.max(start, end));
    }

    /**
     * {@return what {@code compute} gives for this target: computed for the first rule that asks, and shared with the
     * others} Rules that work out the same thing from a target (a scan of its text, a validation of its front matter)
     * share it this way instead of each doing the work; the value lives as long as the target, which a lint lets go
     * once its rules have run, so nothing outlives the run. Use a key object of your own (a {@code static final
     * Object}), so that rules of different origins do not meet.
     *
     * @param key     what the value is, compared with {@code equals}
     * @param compute works the value out from this target; it must not call {@code shared} with the same key, and
     *                must not give {@code null} (a {@code NullPointerException} says so)
     * @param <T>     the value's type
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(Object key, Function<? super LintTarget, ? extends T> compute) {
        Objects.requireNonNull(key, "key");
        Object value = shared.get(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "a shared value");
            shared.put(key, value);
        }
        return (T) value;
    }

    /** {@return the number of lines} */
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
