package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.ReadOptions;
import org.persona4j.Severity;
import org.persona4j.model.Link;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;
import org.persona4j.model.TextRange;

/**
 * Reads a persona body: parses it into blocks, splits it into level-2 sections, and derives the typed views.
 * Called once per persona, possibly lazily on another thread; holds nothing afterwards.
 */
final class BodyReader {

    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#{2,6}[ \\t]+\\S.*$");
    private static final int MAX_HIDDEN_REPORTED = 10;

    private final String body;
    private final BodyText text;
    private final String label;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private BodyReader(String body, int firstLine, String label) {
        this.body = body;
        this.text = new BodyText(body, firstLine);
        this.label = label;
    }

    /**
     * Reads the body.
     *
     * @param body      the body's text, decoded, starting at the beginning of a line
     * @param firstLine the file line the body starts on
     */
    static PersonaBody read(String body, int firstLine, String label, ReadOptions options) {
        return new BodyReader(body, firstLine, label).run(options);
    }

    private PersonaBody run(ReadOptions options) {
        MarkdownBlocks.Outcome outcome = MarkdownBlocks.parse(body, options);
        if (outcome.failed()) {
            diagnostics.add(new Diagnostic(
                    Severity.ERROR,
                    outcome.failureCode(),
                    outcome.failureMessage(),
                    label,
                    text.point(outcome.failureOffset())));
            String preamble = Text.trimBlock(body);
            return new PersonaBody("", preamble, List.of(), List.of(), diagnostics, 0, List.of());
        }
        List<Block> blocks = outcome.blocks();
        if (outcome.blankedLines() > 0) {
            diagnostics.add(DiagnosticCodes.MARKDOWN_LONG_RUN.at(
                    label,
                    text.point(0),
                    "some blocks are very long "
                            + "runs without a blank line (more than " + LongRuns.MAX_REFERENCES + " link reference "
                            + "definitions, " + LongRuns.MAX_TABLE_LINES + " table rows or lines that start with "
                            + "a mark rather than a letter (fewer once a body holds many), " + LongRuns.MAX_LINES
                            + " lines or "
                            + LongRuns.MAX_ENTITIES + " character "
                            + "references such as &amp;), which the Markdown parser reads in quadratic time; "
                            + outcome.blankedLines()
                            + " lines or references in them were left to the section text alone. "
                            + "Put blank lines between groups"));
        }
        reportUnclosedFences(blocks);

        String title = "";
        int preambleStart = 0;
        int first = 0;
        // An empty "#" is not a title: writing the persona back would drop it and promote whatever follows.
        if (!blocks.isEmpty()
                && blocks.get(0) instanceof Block.Heading h
                && h.level() == 1
                && !h.text().isEmpty()) {
            title = h.text();
            preambleStart = text.afterLine(h);
            first = 1;
        }
        List<Integer> h2 = new ArrayList<>();
        for (int i = first; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.level() == 2) {
                h2.add(i);
            }
        }
        int preambleEndBlock = h2.isEmpty() ? blocks.size() : h2.get(0);
        int preambleEnd = h2.isEmpty() ? body.length() : blocks.get(h2.get(0)).start();
        int preambleStop = trimRules(blocks, first, preambleEndBlock, preambleEnd);
        String preamble = text.raw(preambleStart, preambleStop);
        int preambleText = firstTextOffset(preambleStart, preambleStop);
        List<TextRange> preambleCode = codeIn(outcome.code(), preambleText, preamble.length());
        int preambleLine = preamble.isEmpty() ? 0 : text.line(preambleText);

        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < h2.size(); k++) {
            int hi = h2.get(k);
            Block.Heading h = (Block.Heading) blocks.get(hi);
            int nextBlock = k + 1 < h2.size() ? h2.get(k + 1) : blocks.size();
            int end = trimRules(
                    blocks,
                    hi + 1,
                    nextBlock,
                    k + 1 < h2.size() ? blocks.get(nextBlock).start() : body.length());
            int contentStart = text.afterLine(h);
            String sectionText = text.raw(contentStart, end);
            int textStart = firstTextOffset(contentStart, end);
            List<org.persona4j.model.Block> under = new ArrayList<>();
            for (Block b : blocks.subList(hi + 1, nextBlock)) {
                if (b.start() < end) {
                    Blocks.of(b, textStart, sectionText.length()).ifPresent(under::add);
                }
            }
            sections.add(new Section(
                    SectionKind.fromHeading(h.text()),
                    h.text(),
                    sectionText,
                    text.span(h.start(), trimEnd(Math.max(end, h.end()))),
                    text.line(textStart),
                    label,
                    codeIn(outcome.code(), textStart, sectionText.length()),
                    under));
        }
        List<Link> links = outcome.links().stream()
                .map(l -> new Link(l.destination(), text.span(l.start(), l.end())))
                .toList();
        return new PersonaBody(title, preamble, sections, links, diagnostics, preambleLine, preambleCode);
    }

    /** The code ranges of the body that fall in a section's text, as offsets into that text. */
    private static List<TextRange> codeIn(List<TextRange> code, int textStart, int length) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange r : code) {
            int start = Math.max(r.start() - textStart, 0);
            int end = Math.min(r.end() - textStart, length);
            if (start < end) {
                out.add(new TextRange(start, end));
            }
        }
        return out;
    }

    /** The end of a range with trailing thematic breaks (section separators) removed. */
    private static int trimRules(List<Block> blocks, int from, int to, int end) {
        int e = end;
        for (int i = to - 1; i >= from && blocks.get(i) instanceof Block.Rule rule; i--) {
            e = rule.start();
        }
        return e;
    }

    /** Where the text of a range starts once leading blank lines are skipped, as {@link Text#trimBlock} does. */
    private int firstTextOffset(int start, int end) {
        int lineStart = start;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (c != ' ' && c != '\t') {
                return lineStart;
            }
        }
        return Math.min(start, body.length());
    }

    private int trimEnd(int end) {
        int e = Math.min(end, body.length());
        while (e > 0 && Text.isMarkdownSpace(body.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private void reportUnclosedFences(List<Block> blocks) {
        java.util.Set<Integer> headings = new java.util.HashSet<>();
        blocks.stream().filter(Block.Heading.class::isInstance).forEach(h -> headings.add(h.start()));
        for (Block b : blocks) {
            if (b instanceof Block.Fence f && !f.closed()) {
                reportUnclosed(f.start(), f.codeStart(), f.code(), headings);
            } else if (b instanceof Block.NestedFence f) {
                reportUnclosed(f.start(), f.codeStart(), f.code(), headings);
            }
        }
    }

    /** Reports an unclosed fence, and each heading-like line after it that did not become a heading. */
    private void reportUnclosed(int start, int codeStart, String code, java.util.Set<Integer> headings) {
        diagnostics.add(new Diagnostic(
                Severity.WARNING,
                DiagnosticCodes.UNCLOSED_FENCE.code(),
                "this code fence is never closed, so everything after it is code; add the closing fence",
                label,
                text.point(start)));
        Matcher m = HEADING_LINE.matcher(code);
        int reported = 0;
        while (m.find() && reported < MAX_HIDDEN_REPORTED) {
            if (headings.contains(codeStart + m.start())) {
                continue;
            }
            reported++;
            diagnostics.add(new Diagnostic(
                    Severity.WARNING,
                    DiagnosticCodes.HIDDEN_HEADING.code(),
                    "heading '" + FrontMatterParser.shorten(m.group().strip()) + "' is hidden inside the "
                            + "unclosed code fence opened on line " + text.line(start),
                    label,
                    text.point(codeStart + m.start())));
        }
    }
}
