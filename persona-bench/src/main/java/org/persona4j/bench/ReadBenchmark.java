package org.persona4j.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.markdown.internal.FlexmarkBaseline;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reading one persona, per file, over 100 generated files held in memory: the decode floor, flexmark's bare parse,
 * SnakeYAML on the front matter alone, our front-matter-only read (what a catalog does per file), and our full
 * typed read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {

    static final int FILES = 100;
    private static final PersonaReader READER = PersonaReader.builder().build();
    private static final PersonaParser PARSER = READER.parsers().get(0);

    byte[][] bytes = new byte[FILES][];
    String[] texts = new String[FILES];
    String[] frontMatter = new String[FILES];
    Persona reference;

    @Setup
    public void generate() {
        for (int i = 0; i < FILES; i++) {
            texts[i] = Corpus.persona(i);
            bytes[i] = texts[i].getBytes(StandardCharsets.UTF_8);
            int end = texts[i].indexOf("\n---\n", 4);
            frontMatter[i] = texts[i].substring(4, end);
        }
        reference = Personas.parse(texts[7], "reference.md").expectPersona();
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void decodeFloor(Blackhole bh) {
        for (byte[] b : bytes) {
            bh.consume(new String(b, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void flexmarkBareParse(Blackhole bh) {
        for (byte[] b : bytes) {
            bh.consume(FlexmarkBaseline.parse(new String(b, StandardCharsets.UTF_8)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void snakeYamlFrontMatter(Blackhole bh) {
        for (String fm : frontMatter) {
            bh.consume(new Yaml(new SafeConstructor(new LoaderOptions())).load(fm));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void frontMatterRead(Blackhole bh) {
        for (byte[] b : bytes) {
            bh.consume(PARSER.readHead(new SourceInput("bench.md", null, "bench", b), ReadOptions.defaults()));
        }
    }

    /** Render with a real token count, of one reference-layout persona; kept away from the big query heap. */
    @Benchmark
    public RenderedPrompt renderWithTokenCount() {
        return reference.render(RenderOptions.defaults());
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void fullTypedRead(Blackhole bh) {
        for (byte[] b : bytes) {
            Persona p = READER.parse(b, "bench.md").persona();
            bh.consume(p.body());
        }
    }
}
