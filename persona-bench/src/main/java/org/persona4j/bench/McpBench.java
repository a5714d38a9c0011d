package org.persona4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.mcp.PersonaMcpServer;
import org.persona4j.render.RenderOptions;

/**
 * The MCP server on the 2,000-persona catalog, every number a ratio to a baseline taken in the same run: prompts/get
 * over Streamable HTTP with 16 concurrent clients (throughput, p50, p99) against the same render called in-process;
 * the served catalog's heap against the loaded one's; and, whole process, {@code persona serve} from start to its
 * first {@code prompts/list} answer against {@code persona show} on the same folder. Prints one JSON object.
 *
 * <p>Arguments: the launcher ({@code persona-cli/target/persona}), then optionally the number of personas.
 */
public final class McpBench {

    private static final long WARM_MILLIS = 5_000;
    private static final long MEASURE_MILLIS = 10_000;

    private McpBench() {}

    public static void main(String[] args) throws Exception {
        String launcher = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int clientCount = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path dir = Files.createTempDirectory("persona-mcp-bench");
        Corpus.write(dir, n);

        long before = HeapProbe.used();
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(dir).embeddings(null).build();
        long loaded = HeapProbe.used();
        List<String> ids = catalog.ids(); // parses nothing, as the server's lists do not

        PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog).http(0);
        long served = HeapProbe.used();
        // In-process: the render prompts/get does, on the same personas, one thread.
        RenderOptions options = RenderOptions.builder()
                .lenient(true)
                .tokenCounter(org.persona4j.render.TokenCounter.estimate())
                .build();
        long[] inProcess = loop(WARM_MILLIS, MEASURE_MILLIS, () -> {
            catalog.expect(ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                    .render(options)
                    .systemText();
        });

        List<Session> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(Session.open(URI.create("http://127.0.0.1:" + server.port() + "/mcp")));
        }
        long[] overHttp = loopClients(clients, ids);
        server.close();

        double[] cold = coldStart(launcher, dir);
        System.out.printf(
                java.util.Locale.ROOT,
                "{\"personas\": %d, \"clients\": %d, \"measureSeconds\": %.1f, \"requests\": %d, "
                        + "\"throughputPerSecond\": %.1f, \"p50Millis\": %.3f, \"p99Millis\": %.3f, "
                        + "\"inProcessP50Millis\": %.3f, \"inProcessP99Millis\": %.3f, "
                        + "\"loadedBytes\": %d, \"servedBytes\": %d, "
                        + "\"serveFirstListMillis\": %.0f, \"showMillis\": %.0f}%n",
                catalog.size(),
                clientCount,
                MEASURE_MILLIS / 1000.0,
                overHttp.length,
                overHttp.length / (MEASURE_MILLIS / 1000.0),
                percentile(overHttp, 50),
                percentile(overHttp, 99),
                percentile(inProcess, 50),
                percentile(inProcess, 99),
                loaded - before,
                served - before,
                cold[0],
                cold[1]);
        // The MCP SDK's session sweeper runs on a non-daemon thread that closing the server does not stop.
        System.exit(0);
    }

    /** Latencies in nanoseconds of calls made on this thread for the measured time, after warming up. */
    private static long[] loop(long warm, long measure, Runnable call) throws Exception {
        long end = System.currentTimeMillis() + warm;
        while (System.currentTimeMillis() < end) {
            call.run();
        }
        List<Long> out = new ArrayList<>();
        end = System.currentTimeMillis() + measure;
        while (System.currentTimeMillis() < end) {
            long t = System.nanoTime();
            call.run();
            out.add(System.nanoTime() - t);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Latencies of prompts/get made by each client on its own thread, warm-up first. */
    private static long[] loopClients(List<Session> clients, List<String> ids) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long warmEnd = System.currentTimeMillis() + WARM_MILLIS;
        long measureEnd = warmEnd + MEASURE_MILLIS;
        List<Future<long[]>> results = new ArrayList<>();
        for (Session c : clients) {
            results.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.currentTimeMillis() < measureEnd) {
                    String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    long t = System.nanoTime();
                    c.getPrompt(id);
                    long took = System.nanoTime() - t;
                    if (System.currentTimeMillis() >= warmEnd) {
                        mine.add(took);
                    }
                }
                return mine.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        pool.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /**
     * One MCP session over Streamable HTTP, spoken with the JDK's HTTP client and Jackson trees: as lean a client as
     * can be, so that the measure is the server's (the SDK's own client adds its Reactor pipeline to each call).
     */
    private static final class Session {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI endpoint;
        private final String id;
        private long next = 2;

        private Session(URI endpoint, String id) {
            this.endpoint = endpoint;
            this.id = id;
        }

        static Session open(URI endpoint) throws Exception {
            com.fasterxml.jackson.databind.node.ObjectNode init =
                    JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "initialize");
            com.fasterxml.jackson.databind.node.ObjectNode params = init.putObject("params");
            params.put("protocolVersion", "2025-11-25");
            params.putObject("capabilities");
            params.putObject("clientInfo").put("name", "bench").put("version", "1");
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(request(endpoint, null, init), HttpResponse.BodyHandlers.ofString());
            String session = r.headers().firstValue("Mcp-Session-Id").orElseThrow();
            Session s = new Session(endpoint, session);
            s.http.send(
                    request(
                            endpoint,
                            session,
                            JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized")),
                    HttpResponse.BodyHandlers.discarding());
            return s;
        }

        void getPrompt(String name) throws Exception {
            com.fasterxml.jackson.databind.node.ObjectNode get = JSON.createObjectNode()
                    .put("jsonrpc", "2.0")
                    .put("id", next++)
                    .put("method", "prompts/get");
            get.putObject("params").put("name", name);
            HttpResponse<String> r = http.send(request(endpoint, id, get), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"messages\"")) {
                throw new IllegalStateException("prompts/get failed: " + r.statusCode() + " " + r.body());
            }
        }

        private static HttpRequest request(URI endpoint, String session, Object body) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("MCP-Protocol-Version", "2025-11-25")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (session != null) {
                b.header("Mcp-Session-Id", session);
            }
            return b.build();
        }
    }

    /** Median of 7 whole-process runs each: serve to its first prompts/list answer, and show, on one folder. */
    private static double[] coldStart(String launcher, Path dir) throws Exception {
        List<Double> serve = new ArrayList<>();
        List<Double> show = new ArrayList<>();
        String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}\n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"prompts/list\"}\n";
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(launcher, "serve", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream in = p.getOutputStream();
                    BufferedReader out =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.write(init.getBytes(StandardCharsets.UTF_8));
                in.flush();
                String line;
                while ((line = out.readLine()) != null && !line.contains("\"id\":2")) {
                    // the initialize answer comes first
                }
                serve.add((System.nanoTime() - t) / 1e6);
            }
            p.destroy();
            p.waitFor();
            t = System.nanoTime();
            Process s = new ProcessBuilder(launcher, "show", dir.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            s.waitFor();
            show.add((System.nanoTime() - t) / 1e6);
        }
        return new double[] {median(serve), median(show)};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
