package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.persona4j.catalog.SearchHit;

/**
 * BM25 over four fields with weights: title 1, keywords 1, description 1.5, body 1, and a body's length weighed a
 * little more than the others'. The body is the Markdown as
 * written, so building the index parses no Markdown. Postings are flat int arrays (document, then a count per
 * field), scores accumulate in a dense array, and explanations are worked out for the returned hits only. Ties are
 * broken by id, so results are deterministic.
 */
public final class SearchIndex {

    private static final double K1 = 1.2;
    /**
     * How far a field's length tempers its counts, per field: the usual 0.75, and 0.85 for the body, whose length
     * varies far more (from a line to thousands), so that a long body does not win on many mentions of a word the
     * task only touches. Measured with the stop words of {@link Words} on both routing sets of routing/ against 0.75,
     * 0.9 and 1 (and k1 1.6 and 2): within two tasks of each other on 160, and the only setting that keeps the direct
     * half of the public set at recall@1 0.96.
     */
    private static final double[] B = {0.75, 0.75, 0.75, 0.85};

    private static final String[] FIELDS = {"title", "keywords", "description", "body"};
    /**
     * Field weights tuned on the public routing set (routing/shared-corpus.yml): a description, written to say when
     * a persona applies, counts half as much again as the rest; a title weighed more let one shared word of a short
     * name outrank the task's intent ("Traffic Engineer" first for peak traffic on Kafka). Against the earlier 3, 2.5,
     * 2, 1: recall@3 0.74 → 0.80 over the set, 0.98 → 1.00 on its direct half; differences of a case or two between
     * nearby weights are noise on 100 tasks.
     */
    private static final double[] WEIGHTS = {1.0, 1.0, 1.5, 1.0};

    private static final int STRIDE = 1 + TermCounts.FIELDS;

    private final List<CatalogEntry> personas;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Per term: {doc, tf(title), tf(keywords), tf(description), tf(body)} repeated, by ascending doc. */
    private final int[][] postings;

    private final int[][] lengths;
    private final double[] averages = new double[FIELDS.length];

    public SearchIndex(List<CatalogEntry> personas) {
        this.personas = personas;
        int n = personas.size();
        this.lengths = new int[n][];
        // Tokenising is the expensive part: runs of personas are counted in parallel, each against a vocabulary of
        // its own, then merged in order, so ids and postings do not depend on scheduling.
        // A few runs per thread balance the load; each run learns its own vocabulary, so no more than that.
        int threads = parallelism();
        int runs = Math.max(1, Math.min(n, threads == 1 ? 1 : 4 * threads));
        TermCounts[] counted = IntStream.range(0, runs)
                .parallel()
                .mapToObj(
                        r -> TermCounts.count(personas, (int) ((long) r * n / runs), (int) ((long) (r + 1) * n / runs)))
                .toArray(TermCounts[]::new);
        int[][] global = new int[runs][];
        for (int r = 0; r < runs; r++) {
            Vocabulary v = counted[r].vocabulary;
            global[r] = new int[v.size()];
            for (int t = 0; t < v.size(); t++) {
                global[r][t] = ids.computeIfAbsent(v.word(t), k -> ids.size());
            }
        }
        int[] df = new int[ids.size()];
        for (int r = 0; r < runs; r++) {
            for (int[] e : counted[r].entries) {
                for (int k = 0; k < e.length; k += STRIDE) {
                    df[global[r][e[k]]]++;
                }
            }
        }
        postings = new int[df.length][];
        for (int t = 0; t < df.length; t++) {
            postings[t] = new int[df[t] * STRIDE];
        }
        int[] filled = new int[df.length];
        for (int r = 0; r < runs; r++) {
            TermCounts c = counted[r];
            for (int i = 0; i < c.entries.length; i++) {
                int d = c.first + i;
                lengths[d] = c.lengths[i];
                int[] e = c.entries[i];
                for (int k = 0; k < e.length; k += STRIDE) {
                    int t = global[r][e[k]];
                    int at = filled[t];
                    postings[t][at] = d;
                    System.arraycopy(e, k + 1, postings[t], at + 1, FIELDS.length);
                    filled[t] = at + STRIDE;
                }
                for (int f = 0; f < FIELDS.length; f++) {
                    averages[f] += lengths[d][f];
                }
            }
        }
        for (int f = 0; f < FIELDS.length; f++) {
            averages[f] = n == 0 ? 1 : Math.max(1, averages[f] / n);
        }
    }

    private static int parallelism() {
        return ForkJoinTask.inForkJoinPool()
                ? ForkJoinTask.getPool().getParallelism()
                : ForkJoinPool.getCommonPoolParallelism();
    }

    /** The best {@code limit} personas for the text, best first. */
    public List<SearchHit> search(String text, int limit) {
        return search(text, limit, null);
    }

    /** The best {@code limit} personas for the text among {@code allowed} (all when {@code null}), best first. */
    public List<SearchHit> search(String text, int limit, java.util.BitSet allowed) {
        return search(text, limit, allowed, Twins.none(personas.size()));
    }

    /** As {@link #search(String, int, java.util.BitSet)}, with each group of twins shown once. */
    public List<SearchHit> search(String text, int limit, java.util.BitSet allowed, Twins twins) {
        List<String> terms = terms(text);
        DenseIndex.Ranked ranked = rank(terms, allowed);
        return twins.fold(ranked, limit, r -> hit(ranked.docs()[r], ranked.scores()[r], terms, List.of()), this::id);
    }

    /** The distinct search terms of a text, in order. */
    static List<String> terms(String text) {
        return new ArrayList<>(new LinkedHashSet<>(Words.terms(text)));
    }

    /** Every persona among {@code allowed} that shares a term with the query, best first, with its BM25 score. */
    DenseIndex.Ranked rank(List<String> terms, java.util.BitSet allowed) {
        int n = personas.size();
        double[] scores = new double[n];
        boolean[] touched = new boolean[n];
        int touchedCount = 0;
        for (String t : terms) {
            Integer id = ids.get(t);
            if (id == null) {
                continue;
            }
            double idf = idf(id);
            int[] list = postings[id];
            for (int k = 0; k < list.length; k += STRIDE) {
                int d = list[k];
                if (allowed != null && !allowed.get(d)) {
                    continue;
                }
                double s = 0;
                for (int f = 0; f < FIELDS.length; f++) {
                    s += contribution(idf, list[k + 1 + f], d, f);
                }
                scores[d] += s;
                if (!touched[d]) {
                    touched[d] = true;
                    touchedCount++;
                }
            }
        }
        Integer[] hits = new Integer[touchedCount];
        for (int d = 0, k = 0; d < n; d++) {
            if (touched[d]) {
                hits[k++] = d;
            }
        }
        Arrays.sort(hits, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : personas.get(a).id().compareTo(personas.get(b).id());
        });
        int[] docs = new int[hits.length];
        double[] sorted = new double[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i];
            sorted[i] = scores[hits[i]];
        }
        return new DenseIndex.Ranked(docs, sorted);
    }

    /** The hit of document {@code d}: its persona, score, the matches of the terms, and any further matches. */
    SearchHit hit(int d, double score, List<String> terms, List<SearchHit.Match> more) {
        List<SearchHit.Match> matches = new ArrayList<>(explain(terms, d));
        matches.addAll(more);
        return new SearchHit(personas.get(d).persona(), score, matches);
    }

    /** {@return the id of document {@code d}, which breaks ties} */
    String id(int d) {
        return personas.get(d).id();
    }

    private List<SearchHit.Match> explain(List<String> terms, int d) {
        List<SearchHit.Match> matches = new ArrayList<>();
        for (String t : terms) {
            Integer id = ids.get(t);
            if (id == null) {
                continue;
            }
            int at = find(id, d);
            if (at < 0) {
                continue;
            }
            double idf = idf(id);
            for (int f = 0; f < FIELDS.length; f++) {
                int tf = postings[id][at + 1 + f];
                if (tf > 0) {
                    matches.add(new SearchHit.Match(t, FIELDS[f], tf, contribution(idf, tf, d, f)));
                }
            }
        }
        return matches;
    }

    private double contribution(double idf, int tf, int d, int f) {
        if (tf == 0) {
            return 0;
        }
        double norm = tf + K1 * (1 - B[f] + B[f] * lengths[d][f] / averages[f]);
        return idf * WEIGHTS[f] * tf * (K1 + 1) / norm;
    }

    private double idf(int id) {
        int df = postings[id].length / STRIDE;
        return Math.log(1 + (personas.size() - df + 0.5) / (df + 0.5));
    }

    /** The offset of document {@code d} in a term's postings (binary search; postings are by document), or -1. */
    private int find(int id, int d) {
        int lo = 0;
        int hi = postings[id].length / STRIDE - 1;
        int[] list = postings[id];
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int doc = list[mid * STRIDE];
            if (doc < d) {
                lo = mid + 1;
            } else if (doc > d) {
                hi = mid - 1;
            } else {
                return mid * STRIDE;
            }
        }
        return -1;
    }
}
