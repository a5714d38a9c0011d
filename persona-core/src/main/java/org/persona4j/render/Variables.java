package org.persona4j.render;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * One-pass {@code {{name}}} substitution. Values are copied as they are and never read again as template syntax, so
 * a value holding {@code {{x}}}, {@code ${…}}, {@code {%…%}} or {@code #{…}} comes out unchanged. No expressions,
 * helpers, partials or reflection. Names are letters, digits, {@code _}, {@code .} and {@code -}; spaces inside
 * the braces are allowed. To write two literal opening braces, write four, or put a backslash before the two: both
 * turn into two braces and what follows is not a placeholder.
 */
public final class Variables {

    private Variables() {}

    /**
     * Fills the placeholders of one text.
     *
     * @param text    the text
     * @param values  the values by name
     * @param lenient when {@code true} an unknown placeholder is left as written; otherwise it throws
     * @param where   for an error: the {@code file:line:column} of an offset in the text
     * @return the text with every placeholder that has a value replaced by it
     * @throws UnknownVariableException for an unknown name when not lenient
     * @throws PromptTooLargeException  when the result would exceed {@link RenderOptions#MAX_PROMPT_CHARS}
     */
    public static String fill(String text, Map<String, String> values, boolean lenient, IntFunction<String> where) {
        return fill(text, values, lenient, where, offset -> false, name -> true);
    }

    /**
     * Fills the placeholders of one text, leaving those in code as they are, values or not, unless their name is
     * declared: a persona's code ({@code ${{ github.sha }}} in a workflow, a Handlebars example) is text.
     *
     * @param inCode   whether a placeholder at an offset of {@code text} is text unless declared; see
     *                 {@link #isLiteral(org.persona4j.model.Section, int)}
     * @param declared whether a name is declared by the persona: declared names are filled in code too
     * @param text     the text
     * @param values   the values by name
     * @param lenient  when {@code true} an unknown placeholder is left as written; otherwise it throws
     * @param where    for an error: the {@code file:line:column} of an offset of {@code text}
     * @return the text with its placeholders filled
     * @throws UnknownVariableException for an unknown name elsewhere when not lenient
     * @throws PromptTooLargeException  when the result would exceed {@link RenderOptions#MAX_PROMPT_CHARS}
     */
    public static String fill(
            String text,
            Map<String, String> values,
            boolean lenient,
            IntFunction<String> where,
            java.util.function.IntPredicate inCode,
            java.util.function.Predicate<String> declared) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && text.startsWith("{{", i + 1)) {
                out.append("{{");
                i += 3;
            } else if (c == '{' && text.startsWith("{{{{", i)) {
                out.append("{{");
                i += 4;
            } else if (c == '{' && text.startsWith("{{", i)) {
                int close = placeholderEnd(text, i + 2);
                if (close < 0) {
                    out.append("{{");
                    i += 2;
                    continue;
                }
                String name = text.substring(i + 2, close).strip();
                String value = values.get(name);
                if (inCode.test(i) && !declared.test(name)) {
                    out.append(text, i, close + 2);
                } else if (value != null) {
                    if ((long) out.length() + value.length() > RenderOptions.MAX_PROMPT_CHARS) {
                        throw new PromptTooLargeException(RenderOptions.MAX_PROMPT_CHARS);
                    }
                    out.append(value);
                } else if (lenient) {
                    out.append(text, i, close + 2);
                } else {
                    throw new UnknownVariableException(name, where.apply(i));
                }
                i = close + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * {@return whether a placeholder at an offset of a section's text is text unless its name is declared: in code,
     * where {@code ${{ github.sha }}} or a Handlebars example is the code's own syntax, and anywhere in an {@linkplain
     * org.persona4j.model.SectionKind#EXAMPLES examples} section, whose sample requests and answers quote the user's
     * placeholders ("a kit for {{RoleTitle}}") rather than the persona's inputs}
     *
     * @param section the section
     * @param offset  an offset of {@link org.persona4j.model.Section#text()}
     */
    public static boolean isLiteral(org.persona4j.model.Section section, int offset) {
        return section.kind() == org.persona4j.model.SectionKind.EXAMPLES || section.isCode(offset);
    }

    /** A placeholder of a text: where its braces start, and its name. */
    public record Placeholder(int offset, String name) {}

    /**
     * {@return the placeholders of a text, in order, escaped braces left out}
     *
     * @param text the text
     */
    public static java.util.List<Placeholder> placeholders(String text) {
        java.util.List<Placeholder> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\\' && text.startsWith("{{", i + 1)) {
                i += 3;
            } else if (text.startsWith("{{{{", i)) {
                i += 4;
            } else if (text.startsWith("{{", i)) {
                int close = placeholderEnd(text, i + 2);
                if (close < 0) {
                    i += 2;
                    continue;
                }
                out.add(new Placeholder(i, text.substring(i + 2, close).strip()));
                i = close + 2;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The offset of the {@code }}} closing a placeholder whose name starts at {@code from}, or -1. */
    private static int placeholderEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int nameStart = i;
        while (i < text.length() && isNameChar(text.charAt(i)) && i - nameStart < 128) {
            i++;
        }
        if (i == nameStart) {
            return -1;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith("}}", i) ? i : -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
