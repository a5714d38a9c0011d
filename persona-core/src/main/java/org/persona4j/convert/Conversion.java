package org.persona4j.convert;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.internal.convert.ReadBackCheck;

/**
 * A persona written in another dialect, with a ledger that accounts for every front-matter key and every section
 * of the source: each was mapped, transformed or lost. Made by {@link org.persona4j.Personas#convert}.
 *
 * @param source the persona converted
 * @param target the dialect it was written in
 * @param path   where the dialect keeps such a file, relative to a repository's root ({@link Dialect#conventionalPath})
 * @param text   the written file
 * @param ledger one entry per source front-matter key, in file order, then one per section, in body order, then
 *               one per key filled for the target and one per file the source bundles
 * @param files  the files to copy beside {@link #text}: those the source bundles, where the target keeps them
 */
public record Conversion(
        Persona source, Dialect target, String path, String text, List<LedgerEntry> ledger, List<BundledFile> files) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param source the persona converted
     * @param target the dialect it was written in
     * @param path   where the dialect keeps such a file, relative to a repository's root
     *               ({@link Dialect#conventionalPath})
     * @param text   the written file
     * @param ledger one entry per source front-matter key, in file order, then one per section, in body order, then
     *               one per key filled for the target and one per file the source bundles
     * @param files  the files to copy beside {@link #text}
     */
    public Conversion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        ledger = List.copyOf(ledger);
        files = List.copyOf(files);
    }

    /**
     * {@return the ledger's entries with this outcome, in ledger order}
     *
     * @param outcome mapped, transformed or lost
     */
    public List<LedgerEntry> entries(LedgerEntry.Outcome outcome) {
        return ledger.stream().filter(e -> e.outcome() == outcome).toList();
    }

    /** {@return the written text read as a file of the target dialect, labelled with {@link #path}} */
    public ReadResult readBack() {
        return PersonaReader.builder()
                .options(ReadOptions.builder().dialect(target).build())
                .build()
                .parse(text.getBytes(StandardCharsets.UTF_8), path);
    }

    /**
     * Reads the written text back and compares every mapped key and section with the source: one
     * {@code convert.mismatch} error per field that reads back different, naming it. Empty when all agree.
     *
     * @return one error per field that reads back different; empty when all agree
     */
    public List<Diagnostic> check() {
        return ReadBackCheck.compare(this);
    }
}
