package org.persona4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's second half: for every target, by how much it is met or missed, and where the time of the measured
 * work goes, from the profiles {@link Profile} recorded in the same run (and, for the command's start, from the
 * JVM's own counts). Nothing here is written by hand, so it cannot go stale.
 */
final class Explanations {

    /** What each profiled class is part of; classes not listed count as "other". */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        for (String c : List.of("TermScanner", "Vocabulary", "TermCounts", "SearchIndex", "Words")) {
            PARTS.put(c, "search index (tokenising bodies, postings)");
        }
        for (String c :
                List.of("SnakeYAML", "FrontMatterParser", "MetadataBinder", "FrontMatterBlock", "PersonaMetadata")) {
            PARTS.put(c, "front matter (SnakeYAML events, typed metadata)");
        }
        for (String c : List.of("Utf8", "DecodedText")) {
            PARTS.put(c, "checking and decoding UTF-8");
        }
        PARTS.put("flexmark", "flexmark's parse");
        PARTS.put("LinkScopedInlineParser", "flexmark's parse");
        for (String c : List.of("ParagraphCost", "NestingGuard", "BudgetedText", "LongRuns")) {
            PARTS.put(c, "work budget (pre-scans, counted reads)");
        }
        for (String c : List.of(
                "ViewExtractor",
                "ExampleReader",
                "Labels",
                "Text",
                "LineIndex",
                "BodyText",
                "BodyReader",
                "MarkdownBlocks",
                "SectionAliases",
                "PersonaBody",
                "SourceSpan")) {
            PARTS.put(c, "typed model (blocks, sections, views, positions)");
        }
        for (String c : List.of(
                "PersonaCatalog",
                "CatalogLoader",
                "CatalogEntry",
                "Walker",
                "FileBytes",
                "IgnoreRules",
                "ReadCore",
                "Versions")) {
            PARTS.put(c, "catalog bookkeeping (files, versions)");
        }
        for (String c : List.of("MarkdownPersonaParser", "Persona", "Personas", "PersonaReader", "ReadResult")) {
            PARTS.put(c, "reader glue (SHA-256 of the file, copying the body)");
        }
    }

    private Explanations() {}

    static String write(List<Report.Row> rows, Map<String, JsonNode> profiles, JsonNode cli) {
        StringBuilder md = new StringBuilder("\n## Where the time goes\n\n");
        md.append("Profiles are Java Flight Recorder execution samples (1 ms) of the same work the benchmarks time, ")
                .append("compiled and warm, on one thread (`Profile` in persona-bench). A sample counts for the ")
                .append("innermost frame that belongs to us or to a parser, so JDK work (hashing, copying, ")
                .append("decoding) counts for whoever asked for it.\n");
        for (Report.Row r : rows) {
            if (r.profile() == null) {
                continue;
            }
            md.append("\n### ")
                    .append(r.measure().replace("`", ""))
                    .append("\n\n")
                    .append(
                            r.met()
                                    ? String.format(Locale.ROOT, "Met with %.0f %% to spare.", r.margin())
                                    : String.format(Locale.ROOT, "**Missed by %.0f %%** of the target.", -r.margin()))
                    .append(' ')
                    .append(r.note());
            switch (r.profile()) {
                case "startup" -> md.append(startup(cli));
                case "read" -> md.append(read(profiles.get("read"), profiles.get("flexmark")));
                default -> md.append(parts(profiles.get(r.profile()), "One-thread catalog load and first search"));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String startup(JsonNode cli) {
        return String.format(
                Locale.ROOT,
                "A JVM that starts and exits with the launcher's options (`java -version`) "
                        + "takes %.0f ms of the %.0f ms; the command loads %d classes, %d of them from the class-data "
                        + "archive. Without the launcher (`java -jar persona.jar show`) the same run takes %.0f ms. "
                        + "markdownlint takes %.0f ms.",
                cli.get("jvmMillis").asDouble(),
                cli.get("personaMillis").asDouble(),
                cli.get("classesLoaded").asInt(),
                cli.get("classesShared").asInt(),
                cli.get("plainJarMillis").asDouble(),
                cli.get("markdownlintMillis").asDouble());
    }

    private static String read(JsonNode ours, JsonNode flexmark) {
        if (ours == null) {
            return "No profile was recorded.";
        }
        String text = parts(ours, "Full typed read") + "\nShares of samples are not timings: flexmark reads every "
                + "character through our counting sequence, so some of its parse shows as work budget; the table's "
                + "ratio is the timing. The typed read runs flexmark's inline parser only on blocks that can hold a "
                + "link (a `[` or `<` in them), since the model takes all other text from the source; the bare parse "
                + "runs it on every block, so part of what the typed read adds is paid for by inline work it skips.";
        if (flexmark != null) {
            text += String.format(
                    Locale.ROOT,
                    " In the bare parse, flexmark is %.0f %% of the samples and decoding " + "the rest.",
                    share(flexmark, "flexmark"));
        }
        return text;
    }

    /** The profile's samples grouped by part, largest first, and its heaviest methods. */
    private static String parts(JsonNode profile, String what) {
        if (profile == null) {
            return "No profile was recorded.";
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        for (JsonNode c : profile.get("components")) {
            parts.merge(
                    PARTS.getOrDefault(c.get("name").asText(), "other"),
                    c.get("percent").asDouble(),
                    Double::sum);
        }
        StringBuilder md = new StringBuilder(what)
                .append(", ")
                .append(profile.get("samples").asInt())
                .append(" samples:\n\n| part | share |\n|---|---|\n");
        parts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 0.5)
                .forEach(e -> md.append("| ")
                        .append(e.getKey())
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f %%", e.getValue()))
                        .append(" |\n"));
        md.append("\nHeaviest methods (self time): ");
        int n = 0;
        for (JsonNode m : profile.get("self")) {
            if (n++ == 8) {
                break;
            }
            md.append(n > 1 ? ", " : "")
                    .append('`')
                    .append(m.get("name").asText())
                    .append("` ")
                    .append(String.format(
                            Locale.ROOT, "%.1f %%", m.get("percent").asDouble()));
        }
        return md.append(".\n").toString();
    }

    private static double share(JsonNode profile, String component) {
        for (JsonNode c : profile.get("components")) {
            if (c.get("name").asText().equals(component)) {
                return c.get("percent").asDouble();
            }
        }
        return 0;
    }
}
