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
        // Each vector is taken from the store once, into this index's own map: another snapshot may let the store's
        // copy go meanwhile, and this index must not depend on it after the look.
        java.util.Map<String, float[]> mine = new java.util.HashMap<>();
        List<String> missingTexts = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        for (CatalogEntry e : entries) {
            String text = text(e);
            String key = provider.model() + ":" + hash(text);
            keys.add(key);
            if (!mine.containsKey(key)) {
                float[] kept = store.byKey.get(key);
                mine.put(key, kept);
                if (kept == null) {
                    missingTexts.add(text);
                    missingKeys.add(key);
                }
            }
        }
        if (!missingTexts.isEmpty()) {
            List<float[]> made = provider.embed(missingTexts);
            if (made.size() != missingTexts.size()) {
                throw new IllegalStateException("the embedding model " + provider.model() + " returned " + made.size()
                        + " vectors for " + missingTexts.size() + " texts");
            }
            for (int i = 0; i < made.size(); i++) {
                float[] v = unit(made.get(i));
                mine.put(missingKeys.get(i), v);
                store.byKey.put(missingKeys.get(i), v);
            }
        }
        int dims = size == 0 ? 0 : mine.get(keys.get(0)).length;
        this.dimensions = dims;
        this.vectors = new float[size * dims];
        for (int d = 0; d < size; d++) {
            float[] v = mine.get(keys.get(d));
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
        // The query is cut as a persona's text is: a longer one would only cost more model passes.
        String query = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        float[] q = unit(provider.embed(List.of(query)).get(0));
        if (q.length != dimensions && size > 0) {
            throw new IllegalStateException(
                    "the embedding model " + provider.model() + " gave the query a vector of another length");
        }
        // The best `limit` by a bounded heap (worst on top), without boxing every persona.
        int cap = Math.max(0, Math.min(limit, size));
        int[] heap = new int[cap];
        double[] heapSim = new double[cap];
        int filled = 0;
        for (int d = 0; d < size; d++) {
            if (allowed != null && !allowed.get(d)) {
                continue;
            }
            double dot = 0;
            int at = d * dimensions;
            for (int k = 0; k < dimensions; k++) {
                dot += q[k] * vectors[at + k];
            }
            if (filled < cap) {
                heap[filled] = d;
                heapSim[filled] = dot;
                siftUp(heap, heapSim, filled++);
            } else if (cap > 0 && better(dot, d, heapSim[0], heap[0])) {
                heap[0] = d;
                heapSim[0] = dot;
                siftDown(heap, heapSim, filled);
            }
        }
        int[] top = new int[filled];
        double[] scores = new double[filled];
        for (int i = filled - 1; i >= 0; i--) { // the worst leaves the heap first
            top[i] = heap[0];
            scores[i] = heapSim[0];
            heap[0] = heap[i];
            heapSim[0] = heapSim[i];
            siftDown(heap, heapSim, i);
        }
        return new Ranked(top, scores);
    }

    /** Whether {@code (s, d)} ranks before {@code (t, e)}: more similar, then the earlier document. */
    private static boolean better(double s, int d, double t, int e) {
        return s > t || (s == t && d < e);
    }

    private static void siftUp(int[] heap, double[] sim, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(sim[parent], heap[parent], sim[i], heap[i])) {
                return;
            }
            swap(heap, sim, i, parent);
            i = parent;
        }
    }

    private static void siftDown(int[] heap, double[] sim, int n) {
        int i = 0;
        while (true) {
            int worst = i;
            int l = 2 * i + 1;
            int r = l + 1;
            if (l < n && better(sim[worst], heap[worst], sim[l], heap[l])) {
                worst = l;
            }
            if (r < n && better(sim[worst], heap[worst], sim[r], heap[r])) {
                worst = r;
            }
            if (worst == i) {
                return;
            }
            swap(heap, sim, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] heap, double[] sim, int a, int b) {
        int d = heap[a];
        heap[a] = heap[b];
        heap[b] = d;
        double s = sim[a];
        sim[a] = sim[b];
        sim[b] = s;
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
