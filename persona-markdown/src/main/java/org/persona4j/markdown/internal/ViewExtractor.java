package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.persona4j.Diagnostic;
import org.persona4j.SourceSpan;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;
import org.persona4j.model.Item;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.SectionKind;

/**
 * Derives the typed views of a body from its sections' blocks. Each view reads the shapes real personas use:
 * {@code - **Key**: value} items, bold lead-in lines, sub-headings with text or lists under them, and fenced code.
 */
final class ViewExtractor {

    /** {@code **Key**: value} or {@code **Key:** value}, at the start of an item or a line. */
    private static final Pattern BOLD_KEY = Pattern.compile("(?s)^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)[ \\t]*+:?[ \\t]*+(.*)$");
    /** A line that is only a bold label: {@code **Example 1: Title**} or {@code **Name**:}. */
    private static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)([^*_\\n]++)(?:\\*\\*|__)[ \\t]*+:?[ \\t]*+$");
    private static final Pattern EXAMPLE_PREFIX = Pattern.compile(
            "(?i)^(?:example|scenario|use case)[ \\t]*+#?\\d*+[ \\t]*+[:.)\\-–—][ \\t]*+");
    private static final Pattern ROLE_LINE = Pattern.compile("^\\s*(?:[-*>]\\s+)?(?:\\*\\*|__)?"
            + "(User|Agent|Assistant|Human|AI|Persona|Customer|Client|Developer|Model|System|Bot)"
            + "(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?[ \\t]?(.*)$", Pattern.CASE_INSENSITIVE);

    private final String body;
    private final int bodyStart;
    private final LineIndex lines;

    ViewExtractor(String body, int bodyStart, LineIndex lines) {
        this.body = body;
        this.bodyStart = bodyStart;
        this.lines = lines;
    }

    PersonaBody extract(String title, String preamble, List<BodyReader.SectionBlocks> sections,
            List<Diagnostic> diagnostics) {
        String roleSummary = sections.stream().filter(s -> s.section().kind() == SectionKind.ROLE_SUMMARY)
                .map(s -> s.section().text()).findFirst().orElse(preamble);
        List<Item> goals = new ArrayList<>();
        List<CapabilityGroup> capabilities = new ArrayList<>();
        List<Entry> knowledge = new ArrayList<>();
        List<Item> constraints = new ArrayList<>();
        List<Item> directives = new ArrayList<>();
        List<Entry> interaction = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        List<CodeTemplate> templates = new ArrayList<>();
        List<Entry> metadata = new ArrayList<>();
        for (BodyReader.SectionBlocks s : sections) {
            List<Block> blocks = s.blocks();
            switch (s.section().kind()) {
                case GOALS -> goals.addAll(items(blocks));
                case CONSTRAINTS -> constraints.addAll(items(blocks));
                case DIRECTIVES -> directives.addAll(items(blocks));
                case CAPABILITIES -> capabilities.addAll(capabilities(blocks));
                case KNOWLEDGE -> knowledge.addAll(entries(blocks));
                case INTERACTION -> interaction.addAll(entries(blocks));
                case METADATA -> metadata.addAll(entries(blocks));
                case EXAMPLES -> examples.addAll(examples(blocks));
                case TEMPLATES -> templates.addAll(templates(blocks));
                default -> {
                }
            }
        }
        return new PersonaBody(title, preamble, sections.stream().map(BodyReader.SectionBlocks::section).toList(),
                roleSummary, goals, capabilities, knowledge, constraints, directives, interaction, examples,
                templates, metadata, diagnostics);
    }

    /** List items; a section with no list gives its paragraphs instead. */
    private List<Item> items(List<Block> blocks) {
        List<Item> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.ListBlock list) {
                list.items().forEach(i -> out.add(new Item(i.text(), span(i.start(), i.end()))));
            }
        }
        if (out.isEmpty()) {
            for (Block b : blocks) {
                if (b instanceof Block.Paragraph p && !isLabel(p.text())) {
                    out.add(new Item(p.text(), span(p.start(), p.end())));
                }
            }
        }
        return out;
    }

    /** {@code - **Key**: value} items and lines, bold labels over lists, and sub-headings over text. */
    private List<Entry> entries(List<Block> blocks) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h && h.level() >= 3) {
                int j = nextHeading(blocks, i + 1, h.level());
                int end = j < blocks.size() ? blocks.get(j).start() : blocks.get(blocks.size() - 1).end();
                out.add(new Entry(h.text(), raw(afterLine(h), end), span(h.start(), end)));
                i = j - 1;
            } else if (b instanceof Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    Matcher m = BOLD_KEY.matcher(item.text());
                    if (m.matches()) {
                        out.add(new Entry(label(m.group(1)), m.group(2).strip(), span(item.start(), item.end())));
                    }
                }
            } else if (b instanceof Block.Paragraph p) {
                Matcher label = BOLD_LABEL.matcher(p.text());
                if (label.matches() && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.ListBlock list) {
                    out.add(new Entry(label(label.group(1)), raw(list.start(), list.end()),
                            span(p.start(), list.end())));
                    i++;
                    continue;
                }
                int offset = p.start();
                for (String line : body.substring(p.start(), p.end()).split("\n", -1)) {
                    Matcher m = BOLD_KEY.matcher(line.strip());
                    if (m.matches() && !m.group(2).isBlank()) {
                        out.add(new Entry(label(m.group(1)), m.group(2).strip(),
                                span(offset, offset + line.length())));
                    }
                    offset += line.length() + 1;
                }
            }
        }
        return out;
    }

    private List<CapabilityGroup> capabilities(List<Block> blocks) {
        List<CapabilityGroup> out = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        int looseStart = -1;
        int looseEnd = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h && h.level() >= 3) {
                int j = nextHeading(blocks, i + 1, h.level());
                List<String> items = new ArrayList<>();
                int end = h.end();
                for (Block under : blocks.subList(i + 1, j)) {
                    if (under instanceof Block.ListBlock list) {
                        list.items().forEach(it -> items.add(it.text()));
                        end = list.end();
                    }
                }
                out.add(new CapabilityGroup(h.text(), items, span(h.start(), end)));
                i = j - 1;
            } else if (b instanceof Block.Paragraph p && BOLD_LABEL.matcher(p.text()).matches()
                    && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.ListBlock list) {
                Matcher m = BOLD_LABEL.matcher(p.text());
                m.matches();
                out.add(new CapabilityGroup(label(m.group(1)),
                        list.items().stream().map(Block.ListItem::text).toList(), span(p.start(), list.end())));
                i++;
            } else if (b instanceof Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    Matcher m = BOLD_KEY.matcher(item.text());
                    if (m.matches()) {
                        out.add(new CapabilityGroup(label(m.group(1)), splitList(m.group(2)),
                                span(item.start(), item.end())));
                    } else {
                        loose.add(item.text());
                        looseStart = looseStart < 0 ? item.start() : looseStart;
                        looseEnd = item.end();
                    }
                }
            }
        }
        if (!loose.isEmpty()) {
            out.add(new CapabilityGroup("General", loose, span(looseStart, looseEnd)));
        }
        return out;
    }

    private List<Example> examples(List<Block> blocks) {
        boolean titled = blocks.stream().anyMatch(this::isTitle);
        List<Example> out = new ArrayList<>();
        if (!titled) {
            List<Exchange> exchanges = new ArrayList<>();
            blocks.forEach(b -> exchanges.addAll(exchanges(b)));
            if (!exchanges.isEmpty()) {
                out.add(new Example("", exchanges, span(blocks.get(0).start(), blocks.get(blocks.size() - 1).end())));
                return out;
            }
            for (Block b : blocks) {
                if (b instanceof Block.ListBlock list) {
                    list.items().forEach(i -> out.add(new Example(unquote(i.text()), List.of(),
                            span(i.start(), i.end()))));
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
                    out.add(new Example(title, exchanges, span(start, end)));
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
            out.add(new Example(title, exchanges, span(start, end)));
        }
        return out;
    }

    /** {@code User:} / {@code Agent:} turns in a block, with continuation lines. */
    private List<Exchange> exchanges(Block b) {
        int from;
        String text;
        if (b instanceof Block.Fence f) {
            from = f.codeStart();
            text = f.code();
        } else if (b instanceof Block.Heading || b instanceof Block.Rule) {
            return List.of();
        } else {
            from = b.start();
            text = body.substring(b.start(), b.end());
        }
        List<Exchange> out = new ArrayList<>();
        String role = null;
        StringBuilder said = new StringBuilder();
        int turnStart = 0;
        int turnEnd = 0;
        int offset = from;
        for (String line : text.split("\n", -1)) {
            Matcher m = ROLE_LINE.matcher(line);
            if (m.matches()) {
                if (role != null) {
                    out.add(new Exchange(role, said.toString().strip(), span(turnStart, turnEnd)));
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
            out.add(new Exchange(role, said.toString().strip(), span(turnStart, turnEnd)));
        }
        return out;
    }

    private List<CodeTemplate> templates(List<Block> blocks) {
        List<CodeTemplate> out = new ArrayList<>();
        String name = "";
        int nameStart = -1;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.level() >= 3) {
                name = h.text();
                nameStart = h.start();
            } else if (b instanceof Block.Paragraph p && isLabel(p.text())) {
                Matcher m = BOLD_LABEL.matcher(p.text());
                m.matches();
                name = label(m.group(1));
                nameStart = p.start();
            } else if (b instanceof Block.Fence f) {
                String info = f.info();
                int space = info.indexOf(' ');
                String language = space < 0 ? info : info.substring(0, space);
                out.add(new CodeTemplate(name, language, f.code(), span(nameStart >= 0 ? nameStart : f.start(),
                        f.end())));
                name = "";
                nameStart = -1;
            }
        }
        return out;
    }

    /** A sub-heading, or a paragraph whose first line is a bold label. */
    private boolean isTitle(Block b) {
        return (b instanceof Block.Heading h && h.level() >= 3)
                || (b instanceof Block.Paragraph p && isLabel(firstLine(p.text())));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean isLabel(String paragraph) {
        return BOLD_LABEL.matcher(paragraph).matches();
    }

    private static String exampleTitle(Block b) {
        String t;
        if (b instanceof Block.Heading h) {
            t = h.text();
        } else {
            Matcher m = BOLD_LABEL.matcher(firstLine(((Block.Paragraph) b).text()));
            m.matches();
            t = m.group(1);
        }
        t = label(t);
        String stripped = EXAMPLE_PREFIX.matcher(t).replaceFirst("");
        return stripped.isBlank() ? t : stripped;
    }

    /** A bold label's text without a trailing colon. */
    private static String label(String s) {
        String t = s.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '“')
                && (t.charAt(t.length() - 1) == '"' || t.charAt(t.length() - 1) == '”')) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** Splits {@code a, b (c, d), e} at commas outside brackets. */
    static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            if ((c == ',' || c == ';') && depth == 0) {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }

    private static int nextHeading(List<Block> blocks, int from, int level) {
        int j = from;
        while (j < blocks.size() && !(blocks.get(j) instanceof Block.Heading h && h.level() <= level)) {
            j++;
        }
        return j;
    }

    private int afterLine(Block block) {
        int nl = body.indexOf('\n', Math.max(block.start(), block.end() - 1));
        return nl < 0 ? body.length() : nl + 1;
    }

    private String raw(int start, int end) {
        return start >= end ? "" : Text.trimBlock(body.substring(start, Math.min(end, body.length())));
    }

    private SourceSpan span(int start, int end) {
        return lines.span(bodyStart + start, bodyStart + Math.max(start, end));
    }
}
