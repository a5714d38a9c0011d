package org.persona4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.persona4j.bench.Report.Row;

/** The rows of the targets of serving (MCP) and routing, from their benchmarks' JSON files when the run made them. */
final class ServiceRows {

    private ServiceRows() {}

    static void add(Path dir, ObjectMapper json, List<Row> rows) throws IOException {
        Path mcpFile = dir.resolve("mcp.json");
        if (Files.exists(mcpFile)) {
            JsonNode mcp = json.readTree(mcpFile.toFile());
            String load = String.format(
                    Locale.ROOT,
                    "McpBench, %d personas, %d sessions (the JDK's HTTP client, same JVM, 2 cores shared) for %.0f s: %d requests, %.0f/s; "
                            + "p50 %.2f ms, p99 %.2f ms; in-process render p50 %.3f ms, p99 %.3f ms",
                    mcp.get("personas").asInt(),
                    mcp.get("clients").asInt(),
                    mcp.get("measureSeconds").asDouble(),
                    mcp.get("requests").asInt(),
                    mcp.get("throughputPerSecond").asDouble(),
                    mcp.get("p50Millis").asDouble(),
                    mcp.get("p99Millis").asDouble(),
                    mcp.get("inProcessP50Millis").asDouble(),
                    mcp.get("inProcessP99Millis").asDouble());
            rows.add(new Row(
                    "MCP `prompts/get` over HTTP, p99 latency",
                    "< 5 ms",
                    mcp.get("p99Millis").asDouble(),
                    0,
                    5,
                    false,
                    load,
                    null));
            rows.add(new Row(
                    "MCP `prompts/get` median vs the same render in-process",
                    "≤ 3×",
                    mcp.get("p50Millis").asDouble()
                            / mcp.get("inProcessP50Millis").asDouble(),
                    0,
                    3,
                    false,
                    load,
                    null));
            rows.add(new Row(
                    "`persona serve` cold start to the first `prompts/list` vs `persona show`",
                    "≤ 1.5×",
                    mcp.get("serveFirstListMillis").asDouble()
                            / mcp.get("showMillis").asDouble(),
                    0,
                    1.5,
                    false,
                    String.format(
                            Locale.ROOT,
                            "median of 7 whole-process runs each on the same %d personas: %.0f ms / %.0f ms",
                            mcp.get("personas").asInt(),
                            mcp.get("serveFirstListMillis").asDouble(),
                            mcp.get("showMillis").asDouble()),
                    null));
            rows.add(new Row(
                    "heap of a served catalog vs the loaded catalog",
                    "≤ 1.2×",
                    mcp.get("servedBytes").asDouble() / mcp.get("loadedBytes").asDouble(),
                    0,
                    1.2,
                    false,
                    String.format(
                            Locale.ROOT,
                            "used heap after full collections: %.1f MB served / %.1f MB loaded",
                            mcp.get("servedBytes").asDouble() / 1e6,
                            mcp.get("loadedBytes").asDouble() / 1e6),
                    null));
        }

        Path routingFile = dir.resolve("routing.json");
        if (Files.exists(routingFile)) {
            JsonNode routing = json.readTree(routingFile.toFile());
            JsonNode words = routing.get("search");
            JsonNode both = routing.get("hybrid");
            String command = "RoutingBench over ../shared/corpus, routing/shared-corpus.yml ("
                    + routing.get("cases").asInt()
                    + " tasks); also `persona route-test routing/shared-corpus.yml --catalog ../shared/corpus`";
            String hybridCommand = command.substring(0, command.length() - 1) + " --router hybrid`";
            rows.add(searchRecallAt3("routing set, search: recall@3", words, command));
            rows.add(new Row(
                    "routing set, search: recall@1",
                    "≥ 0.75",
                    words.get("recallAt1").asDouble(),
                    0,
                    0.75,
                    true,
                    command,
                    null));
            rows.add(new Row(
                    "routing set, hybrid vs search: recall@3",
                    "≥ 1×",
                    both.get("recallAt3").asDouble() / words.get("recallAt3").asDouble(),
                    0,
                    1,
                    true,
                    String.format(
                            Locale.ROOT,
                            "%s (persona-embeddings): recall@3 %.2f / %.2f, recall@1 %.2f, MRR %.2f",
                            hybridCommand,
                            both.get("recallAt3").asDouble(),
                            words.get("recallAt3").asDouble(),
                            both.get("recallAt1").asDouble(),
                            both.get("mrr").asDouble()),
                    null));
            rows.add(new Row(
                    "routing set, hybrid vs search on the paraphrased half: recall@3",
                    "> 1×",
                    both.get("paraphrasedRecallAt3").asDouble()
                            / words.get("paraphrasedRecallAt3").asDouble(),
                    0,
                    1.001, // strictly better
                    true,
                    String.format(
                            Locale.ROOT,
                            "paraphrased half: recall@3 %.2f / %.2f, recall@1 %.2f / %.2f",
                            both.get("paraphrasedRecallAt3").asDouble(),
                            words.get("paraphrasedRecallAt3").asDouble(),
                            both.get("paraphrasedRecallAt1").asDouble(),
                            words.get("paraphrasedRecallAt1").asDouble()),
                    null));
            for (JsonNode other : routing.path("others")) {
                addOtherSet(rows, other);
            }
            JsonNode hq = routing.get("hybridQuery");
            JsonNode sq = routing.get("searchQuery");
            rows.add(new Row(
                    String.format(
                            Locale.ROOT,
                            "hybrid query on %,d personas, p99",
                            routing.get("personas").asInt()),
                    "≤ 20 ms",
                    hq.get("p99Millis").asDouble(),
                    0,
                    20,
                    false,
                    String.format(
                            Locale.ROOT,
                            "RoutingBench, %d queries (the set's tasks) after the vectors are built: p50 %.2f ms, "
                                    + "p99 %.2f ms; by words alone p50 %.2f ms, p99 %.2f ms; embedding %.2f ms a persona "
                                    + "(all-MiniLM-L6-v2 quantised, 2 cores)",
                            hq.get("queries").asInt(),
                            hq.get("p50Millis").asDouble(),
                            hq.get("p99Millis").asDouble(),
                            sq.get("p50Millis").asDouble(),
                            sq.get("p99Millis").asDouble(),
                            routing.get("embedMillisPerPersona").asDouble()),
                    null));
        }
    }

    /**
     * Another author's routing set: the same measures, so a change fitted to the first set shows here. Its rows are
     * named by its file: {@code routing/shared-corpus-second-author.yml} is the "second author's routing set".
     */
    private static void addOtherSet(List<Row> rows, JsonNode other) {
        JsonNode words = other.get("search");
        JsonNode both = other.get("hybrid");
        String file = other.get("file").asText();
        String name = java.nio.file.Path.of(file).getFileName().toString();
        String author = name.replaceFirst("^shared-corpus-", "").replaceFirst("-author\\.ya?ml$", "");
        String label = author.equals(name) ? name : author + " author's routing set";
        String command = "RoutingBench, " + file + " ("
                + other.get("cases").asInt()
                + " tasks, written without seeing the other sets or the search); also `persona route-test "
                + file + " --catalog ../shared/corpus`";
        rows.add(searchRecallAt3(label + ", search: recall@3", words, command));
        rows.add(new Row(
                label + ", hybrid vs search: recall@3",
                "≥ 1×",
                both.get("recallAt3").asDouble() / words.get("recallAt3").asDouble(),
                0,
                1,
                true,
                String.format(
                        Locale.ROOT,
                        "with --router hybrid: recall@3 %.2f / %.2f, recall@1 %.2f / %.2f; paraphrased half recall@3 "
                                + "%.2f / %.2f",
                        both.get("recallAt3").asDouble(),
                        words.get("recallAt3").asDouble(),
                        both.get("recallAt1").asDouble(),
                        words.get("recallAt1").asDouble(),
                        both.get("paraphrasedRecallAt3").asDouble(),
                        words.get("paraphrasedRecallAt3").asDouble()),
                null));
    }

    /** The row of a routing set's recall@3 by words, with its other measures in the notes. */
    private static Row searchRecallAt3(String measure, JsonNode words, String command) {
        return new Row(
                measure,
                "≥ 0.9",
                words.get("recallAt3").asDouble(),
                0,
                0.9,
                true,
                String.format(
                        Locale.ROOT,
                        "%s: recall@1 %.2f (target ≥ 0.75), MRR %.2f; direct half recall@3 %.2f, paraphrased half "
                                + "recall@1 %.2f, recall@3 %.2f",
                        command,
                        words.get("recallAt1").asDouble(),
                        words.get("mrr").asDouble(),
                        words.get("directRecallAt3").asDouble(),
                        words.get("paraphrasedRecallAt1").asDouble(),
                        words.get("paraphrasedRecallAt3").asDouble()),
                null);
    }
}
