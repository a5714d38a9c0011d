package org.persona4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.embeddings.MiniLmEmbeddings;
import org.persona4j.routing.Router;
import org.persona4j.routing.RoutingCase;
import org.persona4j.routing.RoutingEvaluation;
import org.persona4j.routing.RoutingReport;
import org.persona4j.validation.RoutingSet;

/**
 * Routing, measured: the public routing set through the search and through the hybrid search over the shared corpus
 * (recall@1, recall@3, MRR, and the paraphrased half), then on the generated catalog of 10,000 personas the time to
 * embed each persona and the latency of a text query by words and by words and meaning, the routing set's tasks as
 * the queries. Prints JSON.
 *
 * <p>Arguments: the shared corpus, the routing set, the number of generated personas, and optionally further routing
 * sets (other authors'), each measured the same way, in order, under {@code others}.
 */
public final class RoutingBench {

    private RoutingBench() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<RoutingCase> cases = RoutingSet.read(Path.of(args[1])).cases();
        int count = Integer.parseInt(args[2]);
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("cases", cases.size());
        MiniLmEmbeddings model = new MiniLmEmbeddings();
        PersonaCatalog words =
                PersonaCatalog.builder().directory(corpus).embeddings(null).build();
        PersonaCatalog hybrid =
                PersonaCatalog.builder().directory(corpus).embeddings(model).build();
        out.set("search", measures(json, RoutingEvaluation.run(cases, Router.search(words))));
        out.set("hybrid", measures(json, RoutingEvaluation.run(cases, Router.search(hybrid))));
        ArrayNode others = out.putArray("others");
        for (int i = 3; i < args.length; i++) {
            List<RoutingCase> more = RoutingSet.read(Path.of(args[i])).cases();
            ObjectNode other = others.addObject();
            other.put("file", args[i]);
            other.put("cases", more.size());
            other.set("search", measures(json, RoutingEvaluation.run(more, Router.search(words))));
            other.set("hybrid", measures(json, RoutingEvaluation.run(more, Router.search(hybrid))));
        }

        Path dir = Files.createTempDirectory("persona-routing");
        Corpus.write(dir, count);
        PersonaCatalog big =
                PersonaCatalog.builder().directory(dir).embeddings(model).build();
        PersonaCatalog bigWords =
                PersonaCatalog.builder().directory(dir).embeddings(null).build();
        bigWords.search("warm", 3);
        long start = System.nanoTime();
        big.search("warm up the vectors", 3); // embeds every persona
        double embedMillis = (System.nanoTime() - start) / 1e6;
        out.put("personas", big.size());
        out.put("embedMillisPerPersona", embedMillis / big.size());
        List<String> tasks = cases.stream().map(RoutingCase::task).toList();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            for (String t : tasks) {
                big.search(t, 10);
                bigWords.search(t, 10);
            }
        }
        out.set("hybridQuery", latency(json, big, tasks, 5));
        out.set("searchQuery", latency(json, bigWords, tasks, 5));
        System.out.println(json.writeValueAsString(out));
        System.exit(0); // the embedding model's thread pool is not daemon
    }

    private static ObjectNode measures(ObjectMapper json, RoutingReport r) {
        ObjectNode n = json.createObjectNode();
        n.put("recallAt1", r.recallAt(1));
        n.put("recallAt3", r.recallAt(3));
        n.put("mrr", r.meanReciprocalRank());
        n.put("paraphrasedRecallAt1", r.paraphrased().recallAt(1));
        n.put("paraphrasedRecallAt3", r.paraphrased().recallAt(3));
        n.put("directRecallAt3", r.direct().recallAt(3));
        return n;
    }

    private static ObjectNode latency(ObjectMapper json, PersonaCatalog catalog, List<String> tasks, int rounds) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String t : tasks) {
                long s = System.nanoTime();
                catalog.search(t, 10);
                millis.add((System.nanoTime() - s) / 1e6);
            }
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        ObjectNode n = json.createObjectNode();
        n.put("queries", sorted.length);
        n.put("p50Millis", sorted[sorted.length / 2]);
        n.put("p99Millis", sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
        n.put("meanMillis", Arrays.stream(sorted).average().orElse(0));
        return n;
    }
}
