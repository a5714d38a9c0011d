package org.persona4j.validation.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.model.Link;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/** Rules on the document as a whole: the title heading, HTML comments and relative links. */
public final class DocumentRules {

    private static final Pattern PERSONA_PREFIX = Pattern.compile("(?i)^(?:ai\\s+)?(?:agent\\s+)?persona\\s*:\\s*");

    private DocumentRules() {}

    public static List<LintRule> rules() {
        return List.of(
                new SimpleRule(
                        "title.mismatch",
                        Severity.WARNING,
                        "the front-matter title and the level-1 heading name the same persona",
                        DocumentRules::titleMismatch),
                new SimpleRule(
                        "text.html-comment",
                        Severity.WARNING,
                        "no HTML comments outside code: readers of the rendered page do not see them, models do",
                        DocumentRules::htmlComments),
                new SimpleRule(
                        "link.dead-relative",
                        Severity.WARNING,
                        "relative links point at files that exist",
                        DocumentRules::deadLinks));
    }

    private static void titleMismatch(LintTarget target, Findings findings) {
        Persona p = target.persona();
        Optional<String> front = p.metadata().title();
        String heading = p.body().title();
        if (front.isEmpty() || heading.isEmpty()) {
            return;
        }
        String bare = PERSONA_PREFIX.matcher(heading).replaceFirst("");
        if (!normalise(bare).equals(normalise(front.get()))) {
            findings.report(
                    p.metadata().span(org.persona4j.dialect.KeyRole.TITLE).orElse(SourceSpan.FILE),
                    "'"
                            + p.dialect()
                                    .spec()
                                    .keyFor(org.persona4j.dialect.KeyRole.TITLE)
                                    .orElseThrow()
                                    .name() + "' is '"
                            + front.get() + "' but the heading says '" + heading
                            + "'; use the same name in both");
        }
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * HTML comments outside code, other than persona-lint directives. Which lines are code is what the Markdown reader
     * found (fenced and indented blocks, code spans: {@link CodeAreas}), not a second guess of this rule's own.
     */
    private static void htmlComments(LintTarget target, Findings findings) {
        if (target.text().indexOf("<!--") < 0) {
            return; // most files have none: no line needs looking at
        }
        List<SourceSpan> code = target.persona() == null ? List.of() : CodeAreas.of(target.persona());
        // Positions only move forward, so one cursor over the areas (in file order) finds each one's area: linear in
        // the comments and the areas together.
        int area = 0;
        for (int n = 1; n <= target.lineCount(); n++) {
            String line = target.line(n);
            int counted = 0; // the code points before `from`, counted once however many comments a line holds
            int from = 0;
            for (int at = line.indexOf("<!--"); at >= 0; at = line.indexOf("<!--", at + 4)) {
                counted += line.codePointCount(from, at);
                from = at;
                int column = counted + 1;
                while (area < code.size() && endsBefore(code.get(area), n, column)) {
                    area++;
                }
                boolean inCode = area < code.size() && startsAtOrBefore(code.get(area), n, column);
                // A directive is told by its first words: a bounded piece of the line is enough to look at.
                String piece = line.substring(at, Math.min(line.length(), at + 256));
                if (!Suppressions.isDirective(piece) && !inCode) {
                    findings.report(
                            SourceSpan.at(n, column),
                            "HTML comment: hidden when the Markdown is rendered but read by the model; make it "
                                    + "visible text or remove it");
                }
            }
        }
    }

    /** Whether an area ends at or before a position (its end is the first position after it). */
    private static boolean endsBefore(SourceSpan a, int line, int column) {
        return a.endLine() < line || (a.endLine() == line && a.endColumn() <= column);
    }

    private static boolean startsAtOrBefore(SourceSpan a, int line, int column) {
        return a.startLine() < line || (a.startLine() == line && a.startColumn() <= column);
    }

    private static void deadLinks(LintTarget target, Findings findings) {
        Optional<Path> file = target.path();
        if (file.isEmpty()) {
            return;
        }
        Path dir = file.get().toAbsolutePath().getParent();
        for (Link link : target.persona().body().links()) {
            if (!link.isRelative()) {
                continue;
            }
            String d = link.destination().strip();
            int cut = indexOfAny(d, '#', '?');
            String pathPart = cut >= 0 ? d.substring(0, cut) : d;
            if (pathPart.isEmpty()) {
                continue;
            }
            try {
                Path resolved = dir.resolve(URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8));
                if (!Files.exists(resolved)) {
                    findings.report(
                            link.span(),
                            "link to '" + Quote.shorten(d) + "' points at a file that does "
                                    + "not exist; fix the path or remove the link");
                }
            } catch (IllegalArgumentException e) { // InvalidPathException or a bad %-escape
                findings.report(link.span(), "link to '" + Quote.shorten(d) + "' is not a valid path");
            }
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
