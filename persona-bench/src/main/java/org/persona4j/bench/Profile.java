package org.persona4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.persona4j.ReadOptions;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.markdown.internal.FlexmarkBaseline;

/**
 * Where the time goes: runs one workload in a loop under Java Flight Recorder (1 ms execution samples, JDK only,
 * no agent) and prints, as JSON, the share of samples per method both on top of the stack (self) and anywhere in
 * it (inclusive, for methods of persona4j, flexmark and SnakeYAML), plus the share per component (the first frame, from the top, that belongs to a known library or
 * to us).
 *
 * <p>Usage: {@code Profile catalog|read|frontmatter|flexmark SECONDS OUT.json}.
 */
public final class Profile {

    private static final int TOP = Integer.getInteger("profile.top", 14);

    private Profile() {}

    public static void main(String[] args) throws Exception {
        String workload = args[0];
        Duration length = Duration.ofSeconds(Long.parseLong(args[1]));
        Runnable work = workload(workload);
        for (int i = 0; i < 20; i++) {
            work.run(); // warm up before recording, so the profile is of compiled code
        }
        Path jfr = Files.createTempFile("persona-profile", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            long end = System.nanoTime() + length.toNanos();
            while (System.nanoTime() < end) {
                work.run();
            }
            recording.stop();
            recording.dump(jfr);
        }
        String json = summarise(workload, jfr);
        Files.deleteIfExists(jfr);
        Files.writeString(Path.of(args[2]), json, StandardCharsets.UTF_8);
    }

    private static Runnable workload(String name) throws IOException {
        switch (name) {
            case "catalog": {
                Path dir = Files.createTempDirectory("persona-profile");
                Corpus.write(dir, 2000);
                // One thread, as the measure it explains: parallel streams run in the pool that calls them.
                java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
                return () -> one.submit(() -> {
                            try {
                                PersonaCatalog.builder()
                                        .directory(dir)
                                        .embeddings(null)
                                        .build()
                                        .search("warm up the index", 1);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })
                        .join();
            }
            case "read": {
                byte[][] bytes = bytes();
                org.persona4j.PersonaReader reader =
                        org.persona4j.PersonaReader.builder().build();
                return () -> {
                    for (byte[] b : bytes) {
                        reader.parse(b, "bench.md").persona().body();
                    }
                };
            }
            case "frontmatter": {
                byte[][] bytes = bytes();
                org.persona4j.spi.PersonaParser parser =
                        org.persona4j.PersonaReader.builder().build().parsers().get(0);
                return () -> {
                    for (byte[] b : bytes) {
                        parser.readHead(
                                new org.persona4j.spi.SourceInput("bench.md", null, "bench", b),
                                ReadOptions.defaults());
                    }
                };
            }
            case "flexmark": {
                byte[][] bytes = bytes();
                return () -> {
                    for (byte[] b : bytes) {
                        FlexmarkBaseline.parse(new String(b, StandardCharsets.UTF_8));
                    }
                };
            }
            default:
                throw new IllegalArgumentException(
                        "unknown workload " + name + "; use catalog, read, frontmatter or flexmark");
        }
    }

    private static byte[][] bytes() {
        byte[][] bytes = new byte[100][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = Corpus.persona(i).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** Self and inclusive shares per method, and shares per component, of every execution sample. */
    static String summarise(String workload, Path jfr) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> components = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            RecordedStackTrace stack = e.getStackTrace();
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName())
                    || stack == null
                    || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            String component = null;
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (component(f.getMethod().getType().getName()) != null && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum); // only methods of ours and of the two parsers
                }
                if (component == null) {
                    component = component(f.getMethod().getType().getName());
                }
            }
            components.merge(component == null ? "JDK" : component, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append("{\"workload\": \"")
                .append(workload)
                .append("\", \"samples\": ")
                .append(samples);
        out.append(", \"components\": ").append(shares(components, samples, 100));
        out.append(", \"self\": ").append(shares(self, samples, TOP));
        out.append(", \"inclusive\": ").append(shares(inclusive, samples, TOP)).append("}\n");
        return out.toString();
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName().replaceAll("\\$\\$Lambda.*", "\\$lambda");
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    /** Which part of the stack a class belongs to; {@code null} for the JDK, so the next frame down decides. */
    static String component(String type) {
        if (type.startsWith("com.vladsch.flexmark")) {
            return "flexmark";
        }
        if (type.startsWith("org.yaml.snakeyaml")) {
            return "SnakeYAML";
        }
        if (type.startsWith("org.persona4j.bench")) {
            return null;
        }
        if (type.startsWith("org.persona4j")) {
            String outer = type.replaceAll("\\$.*", ""); // nested classes and lambdas count for their class
            return outer.substring(outer.lastIndexOf('.') + 1);
        }
        return null;
    }

    private static String shares(Map<String, Integer> counts, int total, int limit) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(limit, sorted.size()))) {
            kept.put(e.getKey(), e.getValue());
        }
        StringBuilder out = new StringBuilder("[");
        for (Map.Entry<String, Integer> e : kept.entrySet()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(String.format(
                    java.util.Locale.ROOT,
                    "{\"name\": \"%s\", \"percent\": %.1f}",
                    e.getKey(),
                    100.0 * e.getValue() / Math.max(1, total)));
        }
        return out.append(']').toString();
    }
}
