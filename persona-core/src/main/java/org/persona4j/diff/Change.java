package org.persona4j.diff;

import java.util.Objects;
import java.util.Optional;
import org.persona4j.model.SectionKind;

/**
 * One change between two versions of a persona.
 *
 * @param type    what changed
 * @param kind    the section kind the change is in; {@code null} for front matter, the version and whole personas
 * @param subject what it is about: a key, a heading, an item's text, a group, example or template name
 * @param before  the old value, heading or text; empty for an addition
 * @param after   the new value, heading or text; empty for a removal
 * @param oldLine the line in the old file, or 0 when the old file has none
 * @param newLine the line in the new file, or 0 when the new file has none (a removal is placed at the nearest line of
 *                the new file that reports can annotate: its section, or the front matter)
 */
public record Change(
        ChangeType type, SectionKind kind, String subject, String before, String after, int oldLine, int newLine) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param type    what changed
     * @param kind    the section kind the change is in; {@code null} for front matter, the version and whole personas
     * @param subject what it is about: a key, a heading, an item's text, a group, example or template name
     * @param before  the old value, heading or text; empty for an addition
     * @param after   the new value, heading or text; empty for a removal
     * @param oldLine the line in the old file, or 0 when the old file has none
     * @param newLine the line in the new file, or 0 when the new file has none (a removal is placed at the nearest line
     *                of the new file that reports can annotate: its section, or the front matter)
     */
    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (oldLine < 0 || newLine < 0) {
            throw new IllegalArgumentException("lines are 1-based, or 0 for none: " + oldLine + ", " + newLine);
        }
    }

    /** {@return the section kind, if the change is inside a section} */
    public Optional<SectionKind> section() {
        return Optional.ofNullable(kind);
    }

    /** {@return one line for people: {@code item-removed constraints: "Never …" (old line 12)}} */
    public String describe() {
        StringBuilder b = new StringBuilder(type.code().description());
        if (kind != null) {
            b.append(" in ")
                    .append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        if (!subject.isEmpty()) {
            b.append(": ").append(quote(subject));
        }
        if (!before.isEmpty() && before.equals(after)) {
            b.append(" (still ").append(quote(before)).append(')');
        } else if (!before.isEmpty() && !after.isEmpty() && !before.equals(subject)) {
            b.append(" (")
                    .append(quote(before))
                    .append(" → ")
                    .append(quote(after))
                    .append(')');
        } else if (!after.isEmpty() && !after.equals(subject)) {
            b.append(" → ").append(quote(after));
        }
        return b.toString();
    }

    private static String quote(String s) {
        return "'" + org.persona4j.internal.Values.shorten(s.strip().replace('\n', ' '), 80) + "'";
    }
}
