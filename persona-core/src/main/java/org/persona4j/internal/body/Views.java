package org.persona4j.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import org.persona4j.model.Block;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Item;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

/**
 * Derives the typed views of a body from its sections' blocks, each time it is asked: the sections are the source
 * of truth, the views what they say. Each view reads the shapes real personas use: {@code - **Key**: value} items,
 * bold lead-in lines, sub-headings with text or lists under them, and fenced code.
 */
public final class Views {

    private Views() {}

    /** The text of the first role-summary section, or the preamble when there is none. */
    public static String roleSummary(List<Section> sections, String preamble) {
        // Several when a child appends its role summary to its parent's: the summary is all of them, in order.
        List<String> texts = sections.stream()
                .filter(s -> s.kind() == SectionKind.ROLE_SUMMARY)
                .map(Section::text)
                .filter(t -> !t.isBlank())
                .toList();
        return texts.isEmpty() ? preamble : String.join("\n\n", texts);
    }

    public static List<Item> goals(List<Section> sections) {
        return gather(sections, SectionKind.GOALS, Views::items);
    }

    public static List<Item> constraints(List<Section> sections) {
        return gather(sections, SectionKind.CONSTRAINTS, Views::items);
    }

    public static List<Item> directives(List<Section> sections) {
        return gather(sections, SectionKind.DIRECTIVES, Views::items);
    }

    public static List<CapabilityGroup> capabilities(List<Section> sections) {
        return gather(sections, SectionKind.CAPABILITIES, Views::capabilities);
    }

    public static List<Entry> knowledge(List<Section> sections) {
        return gather(sections, SectionKind.KNOWLEDGE, Views::entries);
    }

    public static List<Entry> interaction(List<Section> sections) {
        return gather(sections, SectionKind.INTERACTION, Views::entries);
    }

    public static List<Entry> bodyMetadata(List<Section> sections) {
        return gather(sections, SectionKind.METADATA, Views::entries);
    }

    public static List<Example> examples(List<Section> sections) {
        return gather(sections, SectionKind.EXAMPLES, (text, blocks) -> new Examples(text).examples(blocks));
    }

    public static List<CodeTemplate> templates(List<Section> sections) {
        return gather(sections, SectionKind.TEMPLATES, Views::templates);
    }

    /** A view of every section of a kind, in order. */
    private static <T> List<T> gather(
            List<Section> sections, SectionKind kind, BiFunction<SectionText, List<Block>, List<T>> view) {
        List<T> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() == kind && !s.blocks().isEmpty()) {
                out.addAll(view.apply(new SectionText(s), s.blocks()));
            }
        }
        return List.copyOf(out);
    }

    /** List items; a section with no list gives its paragraphs instead. */
    private static List<Item> items(SectionText text, List<Block> blocks) {
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
    private static List<Entry> entries(SectionText text, List<Block> blocks) {
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

    private static List<CapabilityGroup> capabilities(SectionText text, List<Block> blocks) {
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

    private static List<CodeTemplate> templates(SectionText text, List<Block> blocks) {
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
