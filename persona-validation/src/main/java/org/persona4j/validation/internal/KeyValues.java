package org.persona4j.validation.internal;

/**
 * One front-matter value as a bean for Bean Validation, one class per kind of check, so that constraints attach to
 * a value's type in the dialect table rather than to a key's name. {@link MetadataConstraints} maps their
 * constraints programmatically; {@code Validator.validateValue} checks a value against them.
 */
final class KeyValues {

    private KeyValues() {}

    /** A required key's text: present and not blank. */
    static final class Required {
        String value;
    }

    /** A text key's value when present: not blank. */
    static final class Text {
        String value;
    }

    /** A date key's value: a date or a date-time. */
    static final class Date {
        String value;
    }
}
