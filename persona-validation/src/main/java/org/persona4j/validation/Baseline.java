package org.persona4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.persona4j.Diagnostic;
import org.persona4j.validation.internal.Fingerprints;

/**
 * The findings a project accepts for now, so that lint fails only on new ones: each recorded by its code, its file
 * (relative to a base directory, so the file works on every machine) and a fingerprint of its line's content, so
 * that it stays matched when lines move. A value; {@link #write} and {@link #read} keep it as sorted JSON.
 */
public final class Baseline {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int VERSION = 1;

    /** One accepted finding, and how many of it there are. */
    private record Key(String code, String file, String fingerprint) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = file.compareTo(o.file);
            c = c != 0 ? c : code.compareTo(o.code);
            return c != 0 ? c : fingerprint.compareTo(o.fingerprint);
        }
    }

    private final Map<Key, Integer> accepted;

    private Baseline(Map<Key, Integer> accepted) {
        this.accepted = Collections.unmodifiableMap(new TreeMap<>(accepted));
    }

    /**
     * Every finding of a report.
     *
     * @param report the report
     * @param base   the directory file names are written relative to
     * @return the baseline
     */
    public static Baseline of(LintReport report, Path base) {
        Map<Key, Integer> accepted = new TreeMap<>();
        for (FileReport f : report.files()) {
            List<String> prints = Fingerprints.of(f);
            for (int i = 0; i < prints.size(); i++) {
                accepted.merge(new Key(f.diagnostics().get(i).code(), name(f, base), prints.get(i)), 1, Integer::sum);
            }
        }
        return new Baseline(accepted);
    }

    /**
     * Reads a baseline file.
     *
     * @param file the file
     * @return the baseline
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException naming the file when it is not a baseline
     */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(org.persona4j.PersonaFiles.readSmallFile(file, 64 << 20));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a baseline (not JSON): " + e.getOriginalMessage());
        }
        if (root == null
                || root.path("version").asInt() != VERSION
                || !root.path("findings").isArray()) {
            throw new IllegalArgumentException(
                    file + " is not a persona4j baseline (version " + VERSION + "); make one with --update-baseline");
        }
        Map<Key, Integer> accepted = new TreeMap<>();
        for (JsonNode f : root.get("findings")) {
            accepted.merge(
                    new Key(
                            f.path("code").asText(),
                            f.path("file").asText(),
                            f.path("fingerprint").asText()),
                    Math.max(1, f.path("count").asInt(1)),
                    Integer::sum);
        }
        return new Baseline(accepted);
    }

    /**
     * Writes the baseline as sorted JSON, so that it changes only where findings do.
     *
     * @param file the file
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /** {@return the baseline as the sorted JSON {@link #write} writes, ending in a line break} */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        accepted.forEach((k, n) -> findings.addObject()
                .put("file", k.file())
                .put("code", k.code())
                .put("fingerprint", k.fingerprint())
                .put("count", n));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a baseline of plain values always serialises", e);
        }
    }

    /**
     * The report without the findings this baseline accepts (as many of each as it records), counted in
     * {@link LintReport#suppressedByBaseline()}. It never accepts a finding of {@link Linter#SECURITY_CODES}.
     *
     * @param report the report
     * @param base   the directory the baseline's file names are relative to
     * @return the new findings only
     */
    public LintReport filter(LintReport report, Path base) {
        Map<Key, Integer> left = new HashMap<>(accepted);
        List<FileReport> files = new ArrayList<>();
        int taken = 0;
        for (FileReport f : report.files()) {
            List<String> prints = Fingerprints.of(f);
            List<Diagnostic> kept = new ArrayList<>();
            for (int i = 0; i < prints.size(); i++) {
                Diagnostic d = f.diagnostics().get(i);
                Key k = new Key(d.code(), name(f, base), prints.get(i));
                Integer n = left.get(k);
                // A baseline is a file like any other, and may come in the same change as the text it would hide:
                // it never accepts what nothing in the linted tree may switch off.
                if (n != null && n > 0 && !Linter.SECURITY_CODES.contains(d.code())) {
                    left.put(k, n - 1);
                    taken++;
                } else {
                    kept.add(d);
                }
            }
            files.add(f.withDiagnostics(kept));
        }
        return report.withBaseline(files, taken);
    }

    /**
     * {@return this baseline without what the report no longer finds in the files it linted} Each finding recorded of
     * a linted file is kept as many times as the report still has it, at most as many as recorded: a prune never
     * accepts anything new. What it records of files the run did not lint is kept, unless the file no longer exists
     * under {@code base}. Findings of {@link Linter#SECURITY_CODES}, which no baseline accepts, are dropped too.
     *
     * @param report the report of a lint, before any baseline filtered it, with the configuration of a full run
     * @param base   the directory the baseline's file names are relative to
     * @param linted the files the lint read
     */
    public Baseline prune(LintReport report, Path base, Collection<Path> linted) {
        Map<Key, Integer> now = of(report, base).accepted;
        Set<String> seen = new HashSet<>();
        for (Path p : linted) {
            seen.add(name(new FileReport(p.toString(), p, List.of(), Map.of(), true), base));
        }
        report.files().forEach(f -> seen.add(name(f, base)));
        Map<Key, Integer> kept = new TreeMap<>();
        accepted.forEach((k, n) -> {
            if (Linter.SECURITY_CODES.contains(k.code())) {
                return;
            }
            if (!seen.contains(k.file())) {
                if (Files.exists(base.resolve(k.file()))) {
                    kept.put(k, n); // a file this run did not lint: its entries stay
                }
                return;
            }
            int still = Math.min(n, now.getOrDefault(k, 0));
            if (still > 0) {
                kept.put(k, still);
            }
        });
        return new Baseline(kept);
    }

    /** {@return how many findings it accepts} */
    public int size() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String name(FileReport f, Path base) {
        Path p = f.file().orElse(null);
        if (p == null) {
            return f.label();
        }
        Path absolute = p.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(b) ? b.relativize(absolute) : absolute;
        return shown.toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baseline b && b.accepted.equals(accepted);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accepted);
    }

    @Override
    public String toString() {
        return "Baseline[" + size() + " findings]";
    }
}
