package org.persona4j.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.persona4j.model.Block;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;

/**
 * Reads worked examples: a bold label ({@code **Example 1: Title**}) or a sub-heading opens one, and
 * {@code User:} / {@code Agent:} lines in the blocks under it, fenced or not, become its turns.
 */
final class Examples {

    private static final Pattern EXAMPLE_PREFIX =
            Pattern.compile("(?i)^(?:example|scenario|use case)[ \\t]*+#?\\d*+[ \\t]*+[:.)\\-–—][ \\t]*+");
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^\\s*(?:[-*>]\\s+)?(?:\\*\\*|__)?"
                    + "(User|Agent|Assistant|Human|AI|Persona|Customer|Client|Developer|Model|System|Bot)"
                    + "(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?[ \\t]?(.*)$",
            Pattern.CASE_INSENSITIVE);

    private final SectionText text;

    Examples(SectionText text) {
        this.text = text;
    }

    List<Example> examples(List<Block> blocks) {
        boolean titled = blocks.stream().anyMatch(this::isTitle);
        List<Example> out = new ArrayList<>();
        if (!titled) {
            List<Exchange> exchanges = new ArrayList<>();
            blocks.forEach(b -> exchanges.addAll(exchanges(b)));
            if (!exchanges.isEmpty()) {
                out.add(new Example(
                        "",
                        exchanges,
                        text.span(
                                blocks.get(0).start(),
                                blocks.get(blocks.size() - 1).end())));
                return out;
            }
            for (Block b : blocks) {
                if (b instanceof Block.ListBlock list) {
                    list.items()
                            .forEach(i ->
                                    out.add(new Example(unquote(i.text()), List.of(), text.span(i.start(), i.end()))));
                }
            }
            return out;
        }
        String title = null;
        int start = 0;
        int end = 0;
        List<Exchange> exchanges = new ArrayList<>();
        for (Block b : blocks) {
            if (isTitle(b)) {
                if (title != null) {
                    out.add(new Example(title, exchanges, text.span(start, end)));
                }
                title = exampleTitle(b);
                start = b.start();
                end = b.end();
                exchanges = new ArrayList<>(exchanges(b)); // a label line may open a paragraph of turns
            } else if (title != null) {
                exchanges.addAll(exchanges(b));
                end = b.end();
            }
        }
        if (title != null) {
            out.add(new Example(title, exchanges, text.span(start, end)));
        }
        return out;
    }

    /** {@code User:} / {@code Agent:} turns in a block, with continuation lines. */
    private List<Exchange> exchanges(Block b) {
        int from;
        String content;
        if (b instanceof Block.Fence f) {
            from = f.codeStart();
            content = f.code();
        } else if (b instanceof Block.Heading) {
            return List.of();
        } else {
            from = b.start();
            content = text.body().substring(b.start(), b.end());
        }
        List<Exchange> out = new ArrayList<>();
        String role = null;
        StringBuilder said = new StringBuilder();
        int turnStart = 0;
        int turnEnd = 0;
        Matcher m = null;
        // Lines are regions of the content, not strings of their own: most of them are never more than a colon test.
        for (int lineStart = 0; lineStart <= content.length(); ) {
            int nl = content.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? content.length() : nl;
            boolean turn = false;
            if (mayBeRoleLine(content, lineStart, lineEnd)) {
                m = m == null ? ROLE_LINE.matcher(content) : m;
                turn = m.region(lineStart, lineEnd).matches();
            }
            if (turn) {
                if (role != null) {
                    out.add(new Exchange(role, said.toString().strip(), text.span(turnStart, turnEnd)));
                }
                role = m.group(1);
                said.setLength(0);
                said.append(content, m.start(2), m.end(2));
                turnStart = from + lineStart;
                turnEnd = from + lineEnd;
            } else if (role != null) {
                said.append('\n').append(content, lineStart, lineEnd);
                if (!isBlank(content, lineStart, lineEnd)) {
                    turnEnd = from + lineEnd;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (role != null) {
            out.add(new Exchange(role, said.toString().strip(), text.span(turnStart, turnEnd)));
        }
        return out;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final String[] ROLES = {
        "user",
        "agent",
        "assistant",
        "human",
        "ai",
        "persona",
        "customer",
        "client",
        "developer",
        "model",
        "system",
        "bot"
    };

    static boolean mayBeRoleLine(String line) {
        return mayBeRoleLine(line, 0, line.length());
    }

    /**
     * A necessary condition for {@link #ROLE_LINE} on the line {@code s[from, to)}, cheap enough for every line:
     * before the first colon there is nothing but one role name, blanks and the marks {@code - * > _}. Lines that
     * pass are matched for real.
     */
    static boolean mayBeRoleLine(String s, int from, int to) {
        int colon = -1;
        int first = -1;
        int letters = 0;
        // Within the line only, and mostly over its first few characters: a line with ten letters before any
        // colon is out.
        for (int i = from; i < to && colon < 0; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                colon = i;
            } else if (!Character.isWhitespace(c) && c != '-' && c != '*' && c != '>' && c != '_') {
                first = first < 0 ? i : first;
                if (++letters > 9 || i - first + 1 != letters) {
                    return false; // longer than any role name, or split by marks, which the pattern never is
                }
            }
        }
        if (colon < 0 || letters == 0) {
            return false;
        }
        // The pattern folds ASCII case only, which equalsIgnoreCase covers.
        String word = s.substring(first, first + letters);
        for (String role : ROLES) {
            if (role.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** A sub-heading, or a paragraph whose first line is a bold label. */
    private boolean isTitle(Block b) {
        return (b instanceof Block.Heading h && h.level() >= 3)
                || (b instanceof Block.Paragraph p && Labels.isLabel(Labels.firstLine(p.text())));
    }

    private static String exampleTitle(Block b) {
        String t;
        if (b instanceof Block.Heading h) {
            t = h.text();
        } else {
            Matcher m = Labels.BOLD_LABEL.matcher(Labels.firstLine(((Block.Paragraph) b).text()));
            m.matches();
            t = m.group(1);
        }
        t = Labels.label(t);
        String stripped = EXAMPLE_PREFIX.matcher(t).replaceFirst("");
        return stripped.isBlank() ? t : stripped;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2
                && (t.charAt(0) == '"' || t.charAt(0) == '“')
                && (t.charAt(t.length() - 1) == '"' || t.charAt(t.length() - 1) == '”')) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
