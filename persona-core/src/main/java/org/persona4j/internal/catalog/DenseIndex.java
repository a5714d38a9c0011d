package org.persona4j.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.persona4j.spi.EmbeddingProvider;

/**
 * One unit vector per persona, from an {@link EmbeddingProvider}, for ranking by meaning: the persona's title,
 * description, keywords and the start of its body, embedded once. Vectors are kept in a {@link Vectors} store by the
 * model and the hash of the embedded text, which a catalog's reloads share, so a reload embeds only the personas whose
 * text changed. Similarity is the dot product of unit vectors (their cosine).
 */
public final class DenseIndex {

    /**
     * How much of a persona is embedded: small sentence models read a few hundred words at most (on the public routing
     * set, the description alone routed worse, and 3,000 characters no better than 1,500).
     */
    static final int MAX_CHARS = 1_500;

    /** Vectors by model and text hash, shared by a catalog and its reloads. */
    public static final class Vectors {
        private final Map<String, float[]> byKey = new ConcurrentHashMap<>();

        /** Keeps only the vectors of {@code keys}: those of texts no snapshot embeds any more are let go. */
        void retain(Set<String> keys) {
            byKey.keySet().retainAll(keys);
        }
    }

    private final EmbeddingProvider provider;
    private final float[] vectors;
    private final int dimensions;
    private final int size;

    /**
     * Embeds the personas whose text the store does not hold yet.
     *
     * @param entries the personas, in the catalog's order
     * @param provider the model
     * @param store vectors kept from earlier snapshots
     */
    public DenseIndex(List<CatalogEntry> entries, EmbeddingProvider provider, Vectors store) {
        this.provider = provider;
        this.size = entries.size();
        List<String> keys = new ArrayList<>(size);
        List<String> missingTexts = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        Set<String> queued = new HashSet<>();
        for (CatalogEntry e : entries) {
            String text = text(e);
            String key = provider.model() + ":" + hash(text);
            keys.add(key);
            if (!store.byKey.containsKey(key) && queued.add(key)) {
                missingTexts.add(text);
                missingKeys.add(key);
            }
        }
        if (!missingTexts.isEmpty()) {
            List<float[]> made = provider.embed(missingTexts);
            if (made.size() != missingTexts.size()) {
                throw new IllegalStateException("the embedding model " + provider.model() + " returned " + made.size()
                        + " vectors for " + missingTexts.size() + " texts");
            }
            for (int i = 0; i < made.size(); i++) {
                store.byKey.put(missingKeys.get(i), unit(made.get(i)));
            }
        }
        int dims = size == 0 ? 0 : store.byKey.get(keys.get(0)).length;
        this.dimensions = dims;
        this.vectors = new float[size * dims];
        for (int d = 0; d < size; d++) {
            float[] v = store.byKey.get(keys.get(d));
            if (v.length != dims) {
                throw new IllegalStateException("the embedding model " + provider.model()
                        + " returned vectors of different lengths (" + dims + " and " + v.length + ")");
            }
            System.arraycopy(v, 0, vectors, d * dims, dims);
        }
        store.retain(new HashSet<>(keys));
    }

    /** The text of a persona that is embedded: what it is for before how it works. */
    static String text(CatalogEntry e) {
        StringBuilder s = new StringBuilder(e.title());
        e.metadata()
                .description()
                .filter(d -> !d.isBlank())
                .ifPresent(d -> s.append(". ").append(d));
        if (!e.metadata().keywords().isEmpty()) {
            s.append(". ").append(String.join(", ", e.metadata().keywords()));
        }
        byte[] body = e.bodyUtf8();
        int from = e.bodyFrom();
        int take = Math.min(body.length - from, MAX_CHARS * 2);
        String head = new String(body, from, Math.max(0, take), StandardCharsets.UTF_8);
        s.append("\n").append(head);
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s.toString();
    }

    /**
     * The personas closest in meaning to a text, closest first.
     *
     * @param text    the query
     * @param allowed the personas that may be returned, or {@code null} for all
     * @param limit   the most to return
     * @return the documents and their cosine similarity
     */
    public Ranked rank(String text, BitSet allowed, int limit) {
        float[] q = unit(provider.embed(List.of(text)).get(0));
        if (q.length != dimensions && size > 0) {
            throw new IllegalStateException(
                    "the embedding model " + provider.model() + " gave the query a vector of another length");
        }
        double[] sim = new double[size];
        List<Integer> docs = new ArrayList<>();
        for (int d = 0; d < size; d++) {
            if (allowed != null && !allowed.get(d)) {
                continue;
            }
            double dot = 0;
            int at = d * dimensions;
            for (int k = 0; k < dimensions; k++) {
                dot += q[k] * vectors[at + k];
            }
            sim[d] = dot;
            docs.add(d);
        }
        docs.sort((a, b) -> {
            int c = Double.compare(sim[b], sim[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int n = Math.min(limit, docs.size());
        int[] top = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            top[i] = docs.get(i);
            scores[i] = sim[top[i]];
        }
        return new Ranked(top, scores);
    }

    /**
     * Documents best first, with their scores.
     *
     * @param docs   document numbers, in the catalog's order of entries
     * @param scores each one's score
     */
    public record Ranked(int[] docs, double[] scores) {}

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
