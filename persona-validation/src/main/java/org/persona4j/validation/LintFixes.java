package org.persona4j.validation;

import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.validation.internal.Fixes;

/**
 * Mechanical fixes for findings that have one, made as edits at each finding's place so that every other character
 * of the text stays as it was: a front-matter value holding {@code ': '} is quoted
 * ({@code front-matter.unquoted-colon}), comma-separated text where a list belongs becomes a YAML list
 * ({@code metadata.comma-list}), and control, bidirectional-control and zero-width characters are removed
 * ({@code text.control-character}, {@code text.bidi-control}, {@code text.zero-width}), and spaces and tabs that end
 * a line are removed where they mean nothing ({@code text.trailing-whitespace}, an opt-in rule). None of them changes
 * what the persona means.
 */
public final class LintFixes {

    private LintFixes() {}

    /**
     * The text with every fixable finding fixed.
     *
     * @param text     the file's text, as linted (decoded; its line breaks and byte-order mark as in the file)
     * @param findings the findings of that text
     * @return the fixed text and the findings that were fixed
     */
    public static Fixed fix(String text, List<Diagnostic> findings) {
        List<Fixes.Edit> edits = Fixes.edits(text, findings);
        return new Fixed(
                Fixes.apply(text, edits),
                edits.stream().map(Fixes.Edit::finding).toList());
    }

    /**
     * {@return the text with every line separator, paragraph separator and next-line character of its front matter
     * made a line break, as YAML reads them, so that no key hides on another's line; the text itself when it has none}
     * This is the fix of {@code front-matter.line-separator}: every key keeps the line YAML gives it.
     *
     * @param text the file's text
     */
    public static String lineSeparators(String text) {
        return Fixes.lineSeparatorsInFrontMatter(text);
    }

    /**
     * {@return whether a code has a fix}
     *
     * @param code a finding's code
     */
    public static boolean fixable(String code) {
        return Fixes.fixable(code);
    }

    /**
     * A fixed text.
     *
     * @param text  the text after the fixes
     * @param fixed the findings fixed, in file order
     */
    public record Fixed(String text, List<Diagnostic> fixed) {

        /**
         * Keeps the parts.
         *
         * @param text  the text after the fixes
         * @param fixed the findings fixed, in file order
         */
        public Fixed {
            fixed = List.copyOf(fixed);
        }

        /** {@return whether anything changed} */
        public boolean changed() {
            return !fixed.isEmpty();
        }
    }
}
