package org.persona4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one run's measurements (JMH JSON, heap probe, JavaScript peer, command timings) into docs/PERFORMANCE.md and
 * a chart. Every claim is a ratio of two numbers measured in the same run; each carries its error.
 */
public final class Report {

    /**
     * One target: the measured value, its error, the target, whether higher is better, and the profile (a
     * {@link Profile} workload, or "startup") that shows where its time goes.
     */
    record Row(
            String measure,
            String target,
            double value,
            double error,
            double limit,
            boolean atLeast,
            String how,
            String profile,
            String note) {

        Row(
                String measure,
                String target,
                double value,
                double error,
                double limit,
                boolean atLeast,
                String how,
                String profile) {
            this(measure, target, value, error, limit, atLeast, how, profile, "");
        }

        boolean met() {
            return atLeast ? value >= limit : value <= limit;
        }

        /** How far from the target, as a percentage of it: positive is headroom, negative a miss. */
        double margin() {
            return 100 * (atLeast ? value / limit - 1 : 1 - value / limit);
        }
    }

    private final JsonNode jmh;

    private Report(JsonNode jmh) {
        this.jmh = jmh;
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Report r = new Report(json.readTree(Path.of(args[0]).toFile()));
        JsonNode heap = json.readTree(Path.of(args[1]).toFile());
        JsonNode node = json.readTree(Path.of(args[2]).toFile());
        JsonNode cli = json.readTree(Path.of(args[3]).toFile());
        Path out = Path.of(args[4]);
        List<Row> rows = new ArrayList<>();

        double[] load1 = r.score("CatalogBenchmark.loadCatalog", "2000", "1");
        double[] floor1 = r.score("CatalogBenchmark.readAndDecode", "2000", "1");
        double[] ratio = divide(load1, floor1);
        rows.add(new Row(
                "catalog load (metadata + search index), per file, one thread",
                "≤ 5× raw read + decode",
                ratio[0],
                ratio[1],
                5,
                false,
                "CatalogBenchmark 2,000 files: loadCatalog / readAndDecode",
                "catalog"));

        double perFileMicros = load1[0] * 1000 / 2000;
        double floorMicros = floor1[0] * 1000 / 2000;
        double nodeMicros = node.get("microsPerFile").asDouble();
        rows.add(new Row(
                "catalog load vs the Node peer (gray-matter + markdown-it)",
                "≥ 5× faster",
                nodeMicros / perFileMicros,
                nodeMicros / perFileMicros * load1[1] / load1[0],
                5,
                true,
                "peer.mjs median µs per file / loadCatalog µs per file (2,000 files, one thread)",
                "catalog",
                String.format(
                        Locale.ROOT,
                        "The peer reads and parses a file in %.0f µs; our one-thread load "
                                + "takes %.0f µs per file, search index included. Five times faster would be %.0f µs, and "
                                + "reading and decoding the file alone, the floor of the first target, takes %.0f µs of "
                                + "that (%.0f %%). ",
                        nodeMicros,
                        perFileMicros,
                        nodeMicros / 5,
                        floorMicros,
                        100 * floorMicros / (nodeMicros / 5))));

        ratio = divide(r.score("ReadBenchmark.fullTypedRead"), r.score("ReadBenchmark.flexmarkBareParse"));
        rows.add(new Row(
                "full typed read vs flexmark's bare parse",
                "≤ 1.25×",
                ratio[0],
                ratio[1],
                1.25,
                false,
                "ReadBenchmark: fullTypedRead / flexmarkBareParse",
                "read"));

        ratio = divide(
                r.score("CatalogBenchmark.loadCatalog", "10000", "1"),
                r.score("CatalogBenchmark.loadCatalog", "10000", "2"));
        double[] floorScaling = divide(
                r.score("CatalogBenchmark.readAndDecode", "10000", "1"),
                r.score("CatalogBenchmark.readAndDecode", "10000", "2"));
        rows.add(new Row(
                "two threads vs one, catalog load of 10,000 files",
                "≥ 1.6×",
                ratio[0],
                ratio[1],
                1.6,
                true,
                "CatalogBenchmark 10,000 files: threads=1 / threads=2",
                "catalog",
                String.format(
                        Locale.ROOT,
                        "On this machine, reading and decoding the same files, which shares "
                                + "nothing, gets %.2f ± %.2f× from a second thread. ",
                        floorScaling[0],
                        floorScaling[1])));

        double[] facet = r.score("QueryBenchmark.facetQuery");
        ratio = divide(r.score("QueryBenchmark.linearScan"), facet);
        rows.add(new Row(
                "facet query on 10,000 personas vs a linear scan",
                "≥ 20× faster",
                ratio[0],
                ratio[1],
                20,
                true,
                "QueryBenchmark: linearScan / facetQuery",
                null));
        rows.add(new Row(
                "facet query on 10,000 personas, time",
                "≤ 20 µs",
                facet[0],
                facet[1],
                20,
                false,
                "QueryBenchmark.facetQuery, mean µs",
                null));
        double[] search = r.score("QueryBenchmark.rankedSearch");
        rows.add(new Row(
                "ranked search on 10,000 personas",
                "≤ 2 ms",
                search[0] / 1000,
                search[1] / 1000,
                2,
                false,
                "QueryBenchmark.rankedSearch, mean ms",
                null));
        double[] render = r.score("ReadBenchmark.renderWithTokenCount");
        rows.add(new Row(
                "render + token count of a reference-layout persona",
                "≤ 0.5 ms",
                render[0] / 1000,
                render[1] / 1000,
                0.5,
                false,
                "ReadBenchmark.renderWithTokenCount, mean ms",
                null));
        double heapRatio = heap.get("loadedBytesPerPersona").asDouble()
                / heap.get("averageFileBytes").asDouble();
        rows.add(new Row(
                "retained heap per persona, loaded (body not parsed)",
                "≤ 2× its file size",
                heapRatio,
                0,
                2,
                false,
                "HeapProbe: used heap after GC per persona / average file size",
                null));
        double cliRatio = cli.get("personaMillis").asDouble()
                / cli.get("markdownlintMillis").asDouble();
        rows.add(new Row(
                "`persona show` on one file, whole process, cold",
                "≤ 1.5× markdownlint",
                cliRatio,
                0,
                1.5,
                false,
                "median of " + cli.get("runs").asInt() + " runs each: the persona launcher's show / "
                        + "markdownlint-cli on the same file",
                "startup"));

        Path lintFile = Path.of(args[5]).resolve("lint.json");
        JsonNode lint = Files.exists(lintFile) ? json.readTree(lintFile.toFile()) : null;
        if (lint != null) {
            JsonNode scale = lint.get("scale");
            rows.add(new Row(
                    "`persona lint` on the shared corpus, whole process",
                    "≥ 4× faster than markdownlint",
                    lint.get("markdownlintMillis").asDouble()
                            / lint.get("personaMillis").asDouble(),
                    0,
                    4,
                    true,
                    String.format(
                            Locale.ROOT,
                            "median of 9 alternating runs each, %.0f ms / %.0f ms: markdownlint-cli / the "
                                    + "launcher's lint on the same %s",
                            lint.get("markdownlintMillis").asDouble(),
                            lint.get("personaMillis").asDouble(),
                            "files"),
                    null));
            rows.add(new Row(
                    "lint per file vs the full typed read, "
                            + scale.get("files").asInt() + " personas",
                    "≤ 3×",
                    scale.get("lintCpuMillisPerFile").asDouble()
                            / scale.get("readMillisPerFile").asDouble(),
                    0,
                    3,
                    false,
                    String.format(
                            Locale.ROOT,
                            "LintScale, one warm JVM: lint CPU per file (%.3f ms, "
                                    + "all cores) / typed read per file (%.3f ms, one thread)",
                            scale.get("lintCpuMillisPerFile").asDouble(),
                            scale.get("readMillisPerFile").asDouble()),
                    null));
            rows.add(new Row(
                    "lint of " + lint.get("bigFiles").asInt() + " personas, cores kept busy",
                    "≥ 0.8 × " + scale.get("cores").asInt() + " cores",
                    scale.get("lintParallelism").asDouble(),
                    0,
                    0.8 * scale.get("cores").asInt(),
                    true,
                    String.format(
                            Locale.ROOT,
                            "LintScale: CPU time / wall "
                                    + "time of the lint; the launcher took %.1f s wall, %.1f s CPU for the whole process",
                            lint.get("bigRealSeconds").asDouble(),
                            lint.get("bigCpuSeconds").asDouble()),
                    null));
        }

        ServiceRows.add(Path.of(args[5]), json, rows);

        Map<String, JsonNode> profiles = new LinkedHashMap<>();
        for (String name : List.of("catalog", "read", "flexmark")) {
            Path file = Path.of(args[5]).resolve("profile-" + name + ".json");
            if (Files.exists(file)) {
                profiles.put(name, json.readTree(file.toFile()));
            }
        }
        Files.createDirectories(out);
        Path hostile = Path.of(args[5]).resolve("hostile.tsv");
        Files.writeString(
                out.resolve("PERFORMANCE.md"),
                markdown(rows, heap, node, cli)
                        + ReportSections.lintSection(lint)
                        + (Files.exists(hostile) ? ReportSections.hostile(Files.readAllLines(hostile)) : "")
                        + Explanations.write(rows, profiles, cli));
        ReportSections.chart(rows, out.resolve("performance.png"));
    }

    private static String markdown(List<Row> rows, JsonNode heap, JsonNode node, JsonNode cli) {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
                .append("Written by `persona-bench/run.sh` from one run on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(", Node ")
                .append(node.get("node").asText())
                .append(". Claims are ratios of numbers measured in the same ")
                .append("run; the machine is shared, so absolute times vary. Errors are JMH's 99.9 % intervals, ")
                .append("combined for ratios.\n\n![ratio to target](performance.png)\n\n")
                .append("| measure | target | measured | met | how |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ")
                    .append(r.measure())
                    .append(" | ")
                    .append(r.target())
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", r.value()))
                    .append(r.error() > 0 ? String.format(Locale.ROOT, " ± %.2f", r.error()) : "")
                    .append(" | ")
                    .append(r.met() ? "yes" : "**no**")
                    .append(" | ")
                    .append(r.how())
                    .append(" |\n");
        }
        md.append("\nHeap: ")
                .append(String.format(
                        Locale.ROOT, "%.0f", heap.get("loadedBytesPerPersona").asDouble()))
                .append(" bytes per loaded persona, ")
                .append(String.format(
                        Locale.ROOT, "%.0f", heap.get("parsedBytesPerPersona").asDouble()))
                .append(" once every body is parsed, for files of ")
                .append(String.format(
                        Locale.ROOT, "%.0f", heap.get("averageFileBytes").asDouble()))
                .append(" bytes on average. Command: persona show ")
                .append(String.format(
                        Locale.ROOT, "%.0f", cli.get("personaMillis").asDouble()))
                .append(" ms, markdownlint ")
                .append(String.format(
                        Locale.ROOT, "%.0f", cli.get("markdownlintMillis").asDouble()))
                .append(" ms (medians).\n");
        return md.toString();
    }

    private double[] score(String benchmark, String... params) {
        for (JsonNode b : jmh) {
            if (!b.get("benchmark").asText().endsWith(benchmark)) {
                continue;
            }
            JsonNode p = b.get("params");
            boolean match = params.length == 0
                    || (p != null
                            && p.get("files").asText().equals(params[0])
                            && p.get("threads").asText().equals(params[1]));
            if (match) {
                JsonNode m = b.get("primaryMetric");
                double error = m.get("scoreError").asDouble();
                return new double[] {m.get("score").asDouble(), Double.isNaN(error) ? 0 : error};
            }
        }
        throw new IllegalArgumentException("no result for " + benchmark + " " + String.join(",", params));
    }

    private static double[] divide(double[] a, double[] b) {
        double ratio = a[0] / b[0];
        double rel = Math.sqrt(Math.pow(a[1] / a[0], 2) + Math.pow(b[1] / b[0], 2));
        return new double[] {ratio, ratio * rel};
    }
}
