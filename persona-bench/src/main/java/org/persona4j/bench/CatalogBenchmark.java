package org.persona4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.persona4j.catalog.PersonaCatalog;

/** Loading a directory of generated personas (metadata and search index), against reading and decoding them. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime) // several whole loads per iteration: steadier than one shot on a shared machine
@Fork(jvmArgsAppend = {"-Xms3g", "-Xmx3g"}) // a fixed heap: resizing it mid-run made single shots vary tenfold
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogBenchmark {

    @Param({"2000", "10000"})
    int files;

    @Param({"1", "2"})
    int threads;

    Path dir;
    List<Path> paths;
    ForkJoinPool pool;

    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("persona-bench");
        paths = Corpus.write(dir, files);
        pool = new ForkJoinPool(threads);
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        pool.shutdown();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** The floor: read every file's bytes and decode them, in the same pool. */
    @Benchmark
    public void readAndDecode(Blackhole bh) throws Exception {
        pool.submit(() -> paths.parallelStream().forEach(p -> {
                    try {
                        bh.consume(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }))
                .get();
    }

    /** A catalog with its search index built. */
    @Benchmark
    public Object loadCatalog() throws Exception {
        return pool.submit(() -> {
                    PersonaCatalog c = PersonaCatalog.builder()
                            .directory(dir)
                            .embeddings(null)
                            .build();
                    c.search("warm up the index", 1);
                    return c;
                })
                .get();
    }
}
