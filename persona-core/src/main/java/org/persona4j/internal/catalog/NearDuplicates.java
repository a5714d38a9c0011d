package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Texts that are mostly the same, found in time linear in their number: each text becomes the set of its word
 * shingles (runs of {@code width} words), summarised by a MinHash signature made in one pass (one-permutation hashing:
 * one hash per shingle, the least in each of {@value #BINS} bins); signatures that agree on a whole band of bins are
 * candidates, and a candidate pair is kept when the share of bins they agree on, an estimate of the Jaccard
 * similarity of their shingle sets (within about 0.04), is at least the threshold. A persona's copies in several plugins, a skill shipped again as a prompt: the same text under
 * another name.
 */
public final class NearDuplicates {

    static final int BINS = 128;
    static final int BANDS = 32;
    private static final int ROWS = BINS / BANDS;
    /** A text of fewer shingles than this is too short to call a copy of another. */
    static final int MIN_SHINGLES = 8;

    private NearDuplicates() {}

    /**
     * What is kept of a text to compare it: its MinHash signature, how many distinct shingles it has, and its first
     * words (to say where two texts agree). A few hundred bytes, whatever the text's length.
     *
     * @param signature the least hash of each bin
     * @param shingles  how many distinct shingles the text has
     * @param head      its first {@value #HEAD} words
     * @param width     the words of a shingle
     */
    public record Sketch(int[] signature, int shingles, List<String> head, int width) {
        /** Keeps an unmodifiable copy of the words. */
        public Sketch {
            head = List.copyOf(head);
        }
    }

    /** How many words of a text a sketch keeps. */
    static final int HEAD = 80;

    /**
     * Two texts that are mostly the same.
     *
     * @param first      the index of the one earlier in the list
     * @param second     the index of the later one
     * @param similarity their estimated Jaccard similarity: the share of signature bins they agree on
     * @param shared     the first words of the first run of text both begin with, at most a dozen; may be empty
     */
    public record Pair(int first, int second, double similarity, String shared) {}

    /**
     * The sketch of a text.
     *
     * @param text      the text
     * @param width     the words of a shingle (5 for bodies; 1 for short texts such as descriptions)
     * @param stopWords whether to drop stop words first (for short texts, whose shape is their content words)
     */
    public static Sketch sketch(String text, int width, boolean stopWords) {
        String[] w = words(text, stopWords);
        long[] shingles = shingles(w, width);
        return new Sketch(
                signature(shingles), shingles.length, List.of(Arrays.copyOf(w, Math.min(HEAD, w.length))), width);
    }

    /**
     * The pairs of sketched texts at least {@code threshold} alike, by first index then second.
     *
     * @param sketches  the texts' sketches, all of one shingle width
     * @param threshold the least estimated Jaccard similarity of a pair
     */
    public static List<Pair> find(List<Sketch> sketches, double threshold) {
        int n = sketches.size();
        Set<Long> seen = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            Map<BandKey, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (sketches.get(i).shingles() < MIN_SHINGLES) {
                    continue;
                }
                buckets.computeIfAbsent(new BandKey(sketches.get(i).signature(), band), k -> new ArrayList<>(2))
                        .add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2) {
                    continue;
                }
                // A small bucket compares every pair. A large one (many copies of one text, or boilerplate many texts
                // share) compares each member with its first only, which keeps the cost linear and still links every
                // copy to the others through that first one.
                boolean large = bucket.size() > 64;
                for (int a = 0; a < (large ? 1 : bucket.size()); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        int i = bucket.get(a);
                        int j = bucket.get(b);
                        if (!seen.add((long) i * n + j)) {
                            continue;
                        }
                        Sketch x = sketches.get(i);
                        Sketch y = sketches.get(j);
                        double similarity = estimate(x.signature(), y.signature());
                        // Sizes far apart cannot be mostly the same, whatever the bins say.
                        double sizes =
                                (double) Math.min(x.shingles(), y.shingles()) / Math.max(x.shingles(), y.shingles());
                        if (similarity >= threshold && sizes >= threshold) {
                            out.add(new Pair(i, j, similarity, shared(x, y)));
                        }
                    }
                }
            }
        }
        out.sort((p, q) -> p.first() != q.first()
                ? Integer.compare(p.first(), q.first())
                : Integer.compare(p.second(), q.second()));
        return out;
    }

    /** The share of bins two signatures agree on. */
    static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int k = 0; k < BINS; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return (double) same / BINS;
    }

    /** A band of a signature, as a map key. */
    private record BandKey(int band, int h0, int h1, int h2, int h3) {
        BandKey(int[] signature, int band) {
            this(
                    band,
                    signature[band * ROWS],
                    signature[band * ROWS + 1],
                    signature[band * ROWS + 2],
                    signature[band * ROWS + 3]);
        }
    }

    private static String[] words(String text, boolean dropStopWords) {
        List<String> out = new ArrayList<>();
        for (String w : Words.words(text)) {
            if (!dropStopWords || !Words.STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The distinct shingles of the words, as sorted 64-bit hashes. */
    static long[] shingles(String[] words, int width) {
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - width + 1);
        long[] out = new long[count];
        for (int s = 0; s < count; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = s; k < Math.min(words.length, s + width); k++) {
                h = mix(h ^ words[k].hashCode()) + k - s;
            }
            out[s] = mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** One-permutation MinHash: the least hash in each bin, empty bins filled from the next full one. */
    static int[] signature(long[] shingles) {
        int[] sig = new int[BINS];
        Arrays.fill(sig, Integer.MAX_VALUE);
        boolean[] full = new boolean[BINS];
        for (long h : shingles) {
            int bin = (int) (h >>> (64 - Integer.numberOfTrailingZeros(BINS))); // the top bits choose the bin
            int value = (int) (h & 0x7FFFFFFF);
            if (value < sig[bin]) {
                sig[bin] = value;
            }
            full[bin] = true;
        }
        for (int b = 0; b < BINS; b++) {
            if (!full[b]) {
                for (int step = 1; step < BINS; step++) {
                    int from = (b + step) % BINS;
                    if (full[from]) {
                        sig[b] = sig[from] ^ (step * 0x5bd1e995);
                        break;
                    }
                }
            }
        }
        return sig;
    }

    /** The Jaccard similarity of two sorted sets of distinct hashes. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** The first words of the first run of {@code width} words both texts' heads have, at most a dozen. */
    private static String shared(Sketch a, Sketch b) {
        String[] x = a.head().toArray(String[]::new);
        String[] y = b.head().toArray(String[]::new);
        int width = Math.max(1, a.width());
        Set<Long> inB = new HashSet<>();
        for (long h : shingles(y, width)) {
            inB.add(h);
        }
        for (int s = 0; s + width <= x.length; s++) {
            if (inB.contains(shingles(Arrays.copyOfRange(x, s, s + width), width)[0])) {
                return String.join(" ", Arrays.copyOfRange(x, s, Math.min(x.length, s + 12)));
            }
        }
        return "";
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
