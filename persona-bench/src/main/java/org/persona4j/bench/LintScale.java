package org.persona4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.validation.Linter;

/**
 * Lint against the typed read on a large tree, in one JVM and warm: the full typed read of every file on one thread,
 * per file; then lint of the whole tree (which reads every file too, on every core), its CPU time per file and how
 * many cores it kept busy. Prints JSON. Usage: {@code LintScale DIR}.
 */
public final class LintScale {

    private LintScale() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<PersonaFile> files = PersonaFiles.defaults().find(List.of(dir)).files();
        PersonaReader reader = PersonaReader.builder().build();
        Linter linter = Linter.builder().build();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 2; i++) { // warm-up: both paths compiled
            readAll(reader, files);
            linter.lint(List.of(dir));
        }
        int rounds = 3;
        long readNanos = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            readAll(reader, files);
            readNanos += System.nanoTime() - t;
        }
        long lintCpu = 0;
        long lintWall = 0;
        for (int i = 0; i < rounds; i++) {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            linter.lint(List.of(dir));
            lintWall += System.nanoTime() - t;
            lintCpu += os.getProcessCpuTime() - cpu;
        }
        double n = files.size() * (double) rounds;
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("files", files.size());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("readMillisPerFile", readNanos / n / 1e6);
        out.put("lintCpuMillisPerFile", lintCpu / n / 1e6);
        out.put("lintWallMillisPerFile", lintWall / n / 1e6);
        out.put("lintParallelism", (double) lintCpu / lintWall);
        System.out.println(out);
    }

    private static void readAll(PersonaReader reader, List<PersonaFile> files) throws java.io.IOException {
        for (PersonaFile f : files) {
            reader.readAll(f);
        }
    }
}
