package org.persona4j.skills;

import java.util.NoSuchElementException;
import java.util.Objects;
import org.persona4j.Diagnostic;

/**
 * What {@link Skills} answers a request a model made: the value, or why it was refused. A request is input a model
 * chose, so a refusal is an answer to pass back to it, not an exception.
 *
 * @param <T> the value's type
 */
public sealed interface SkillAnswer<T> {

    /**
     * The request was answered.
     *
     * @param value what was asked for
     * @param <T>   the value's type
     */
    record Found<T>(T value) implements SkillAnswer<T> {
        /**
         * Checks the component.
         *
         * @param value what was asked for
         */
        public Found {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The request was refused.
     *
     * @param problem why: {@code skill.unknown}, {@code skill.path-refused}, {@code skill.file-missing},
     *                {@code file.too-large}, {@code file.binary} or {@code file.unreadable}, with a message that
     *                says what to ask instead
     * @param <T>     the type of the value that was asked for
     */
    record Refused<T>(Diagnostic problem) implements SkillAnswer<T> {
        /**
         * Checks the component.
         *
         * @param problem why the request was refused
         */
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** {@return whether the request was answered} */
    default boolean found() {
        return this instanceof Found<T>;
    }

    /**
     * {@return the value}
     *
     * @throws NoSuchElementException when the request was refused, with the refusal's message
     */
    default T orElseThrow() {
        if (this instanceof Found<T> f) {
            return f.value();
        }
        throw new NoSuchElementException(((Refused<T>) this).problem().toString());
    }
}
