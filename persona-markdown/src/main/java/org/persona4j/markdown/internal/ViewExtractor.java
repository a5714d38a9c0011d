package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.persona4j.Diagnostic;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Item;
import org.persona4j.model.Link;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.SectionKind;

/**
 * Derives the typed views of a body from its sections' blocks. Each view reads the shapes real personas use:
 * {@code - **Key**: value} items, bold lead-in lines, sub-headings with text or lists under them, and fenced code.
 */
final class ViewExtractor {

    private final BodyText text;
    private final ExampleReader examples;

    ViewExtractor(BodyText text) {
        this.text = text;
        this.examples = new ExampleReader(text);
    }

    PersonaBody extract(
            String title,
            String preamble,
            List<BodyReader.SectionBlocks> sections,
            List<Link> links,
            List<Diagnostic> diagnostics) {
        String roleSummary = sections.stream()
                .filter(s -> s.section().kind() == SectionKind.ROLE_SUMMARY)
                .map(s -> s.section().text())
                .findFirst()
                .orElse(preamble);
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
                case EXAMPLES -> examples.addAll(this.examples.examples(blocks));
                case TEMPLATES -> templates.addAll(templates(blocks));
                default -> {}
            }
        }
        return new PersonaBody(
                title,
                preamble,
                sections.stream().map(BodyReader.SectionBlocks::section).toList(),
                roleSummary,
                goals,
                capabilities,
                knowledge,
                constraints,
                directives,
                interaction,
                examples,
                templates,
                metadata,
                links,
                diagnostics);
    }

    /** List items; a section with no list gives its paragraphs instead. */
    private List<Item> items(List<Block> blocks) {
        List<Item> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.ListBlock list) {
                list.items().forEach(i -> out.add(new Item(i.text(), text.span(i.start(), i.end()))));
            }
        }
        if (out.isEmpty()) {
            for (Block b : blocks) {
                if (b instanceof Block.Paragraph p && !Labels.isLabel(p.text())) {
                    out.add(new Item(p.text(), text.span(p.start(), p.end())));
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
                int end = j < blocks.size()
                        ? blocks.get(j).start()
                        : blocks.get(blocks.size() - 1).end();
                out.add(new Entry(h.text(), text.raw(text.afterLine(h), end), text.span(h.start(), end)));
                i = j - 1;
            } else if (b instanceof Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    Labels.KeyValue m = Labels.boldKey(item.text());
                    if (m != null) {
                        out.add(new Entry(
                                Labels.label(m.key()), m.value().strip(), text.span(item.start(), item.end())));
                    }
                }
            } else if (b instanceof Block.Paragraph p) {
                Matcher label = Labels.boldLabel(p.text());
                if (label != null && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.ListBlock list) {
                    out.add(new Entry(
                            Labels.label(label.group(1)),
                            text.raw(list.start(), list.end()),
                            text.span(p.start(), list.end())));
                    i++;
                    continue;
                }
                int offset = p.start();
                for (String line : text.body().substring(p.start(), p.end()).split("\n", -1)) {
                    Labels.KeyValue m = Labels.boldKey(line.strip());
                    if (m != null && !m.value().isBlank()) {
                        out.add(new Entry(
                                Labels.label(m.key()), m.value().strip(), text.span(offset, offset + line.length())));
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
                out.add(new CapabilityGroup(h.text(), items, text.span(h.start(), end)));
                i = j - 1;
            } else if (b instanceof Block.Paragraph p
                    && Labels.isLabel(p.text())
                    && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof Block.ListBlock list) {
                Matcher m = Labels.BOLD_LABEL.matcher(p.text());
                m.matches();
                out.add(new CapabilityGroup(
                        Labels.label(m.group(1)),
                        list.items().stream().map(Block.ListItem::text).toList(),
                        text.span(p.start(), list.end())));
                i++;
            } else if (b instanceof Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    Labels.KeyValue m = Labels.boldKey(item.text());
                    if (m != null) {
                        out.add(new CapabilityGroup(
                                Labels.label(m.key()), splitList(m.value()), text.span(item.start(), item.end())));
                    } else {
                        loose.add(item.text());
                        looseStart = looseStart < 0 ? item.start() : looseStart;
                        looseEnd = item.end();
                    }
                }
            }
        }
        if (!loose.isEmpty()) {
            out.add(new CapabilityGroup("General", loose, text.span(looseStart, looseEnd)));
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
            } else if (b instanceof Block.Paragraph p && Labels.isLabel(p.text())) {
                Matcher m = Labels.BOLD_LABEL.matcher(p.text());
                m.matches();
                name = Labels.label(m.group(1));
                nameStart = p.start();
            } else if (b instanceof Block.Fence f) {
                String info = f.info();
                int space = info.indexOf(' ');
                String language = space < 0 ? info : info.substring(0, space);
                out.add(new CodeTemplate(
                        name, language, f.code(), text.span(nameStart >= 0 ? nameStart : f.start(), f.end())));
                name = "";
                nameStart = -1;
            }
        }
        return out;
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
}
