package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;

/**
 * Reads worked examples: a bold label ({@code **Example 1: Title**}) or a sub-heading opens one, and
 * {@code User:} / {@code Agent:} lines in the blocks under it, fenced or not, become its turns.
 */
final class ExampleReader {

    private static final Pattern EXAMPLE_PREFIX = Pattern.compile(
            "(?i)^(?:example|scenario|use case)[ \\t]*+#?\\d*+[ \\t]*+[:.)\\-–—][ \\t]*+");
    private static final Pattern ROLE_LINE = Pattern.compile("^\\s*(?:[-*>]\\s+)?(?:\\*\\*|__)?"
            + "(User|Agent|Assistant|Human|AI|Persona|Customer|Client|Developer|Model|System|Bot)"
            + "(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?[ \\t]?(.*)$", Pattern.CASE_INSENSITIVE);

    private final BodyText text;

    ExampleReader(BodyText text) {
        this.text = text;
    }

    List<Example> examples(List<Block> blocks) {
        boolean titled = blocks.stream().anyMatch(this::isTitle);
        List<Example> out = new ArrayList<>();
        if (!titled) {
            List<Exchange> exchanges = new ArrayList<>();
            blocks.forEach(b -> exchanges.addAll(exchanges(b)));
            if (!exchanges.isEmpty()) {
                out.add(new Example("", exchanges, text.span(blocks.get(0).start(), blocks.get(blocks.size() - 1).end())));
                return out;
            }
            for (Block b : blocks) {
                if (b instanceof Block.ListBlock list) {
                    list.items().forEach(i -> out.add(new Example(unquote(i.text()), List.of(),
                            text.span(i.start(), i.end()))));
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
        } else if (b instanceof Block.Heading || b instanceof Block.Rule || b instanceof Block.NestedFence) {
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
        int offset = from;
        for (String line : content.split("\n", -1)) {
            Matcher m = mayBeRoleLine(line) ? ROLE_LINE.matcher(line) : null;
            if (m != null && m.matches()) {
                if (role != null) {
                    out.add(new Exchange(role, said.toString().strip(), text.span(turnStart, turnEnd)));
                }
                role = m.group(1);
                said.setLength(0);
                said.append(m.group(2));
                turnStart = offset;
                turnEnd = offset + line.length();
            } else if (role != null) {
                said.append('\n').append(line);
                if (!line.isBlank()) {
                    turnEnd = offset + line.length();
                }
            }
            offset += line.length() + 1;
        }
        if (role != null) {
            out.add(new Exchange(role, said.toString().strip(), text.span(turnStart, turnEnd)));
        }
        return out;
    }

    private static final java.util.Set<String> ROLES = java.util.Set.of("user", "agent", "assistant", "human", "ai",
            "persona", "customer", "client", "developer", "model", "system", "bot");

    /**
     * A necessary condition for {@link #ROLE_LINE}, cheap enough for every line: before the first colon there is
     * nothing but a role name, blanks and the marks {@code - * > _}. Lines that pass are matched for real.
     */
    static boolean mayBeRoleLine(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return false;
        }
        StringBuilder word = new StringBuilder(12);
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '*' && c != '>' && c != '_') {
                if (word.length() == 9) {
                    return false; // longer than any role name
                }
                word.append(c);
            }
        }
        return ROLES.contains(word.toString().toLowerCase(java.util.Locale.ROOT));
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
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '“')
                && (t.charAt(t.length() - 1) == '"' || t.charAt(t.length() - 1) == '”')) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
