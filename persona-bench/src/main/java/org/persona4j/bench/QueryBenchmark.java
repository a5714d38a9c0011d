package org.persona4j.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaFilter;

/** Facet query and ranked search on 10,000 personas, and a linear scan for comparison. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

    PersonaCatalog catalog;
    PersonaFilter filter = PersonaFilter.keyword("kafka").and(PersonaFilter.agentMode("review"));

    @Setup(Level.Trial)
    public void load() throws Exception {
        // Words only, as without persona-embeddings (which this module has for RoutingBench).
        Path dir = java.nio.file.Files.createTempDirectory("persona-query");
        Corpus.write(dir, 10_000);
        catalog = PersonaCatalog.builder().directory(dir).embeddings(null).build();
        catalog.search("warm", 1);
        catalog.query().where(filter).list();
    }

    @Benchmark
    public List<Persona> facetQuery() {
        return catalog.query().where(filter).list();
    }

    @Benchmark
    public List<Persona> linearScan() {
        return catalog.personas().stream().filter(filter::test).toList();
    }

    @Benchmark
    public Object rankedSearch() {
        return catalog.search("slow API responses under high load, caching and database indexing");
    }
}
