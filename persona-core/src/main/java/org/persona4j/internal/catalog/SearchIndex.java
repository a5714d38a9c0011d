package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.catalog.SearchHit;

/**
 * BM25 over four fields with weights: title 3, keywords 2.5, description 2, body 1. The body is the Markdown as
 * written, so building the index parses no Markdown. Ties are broken by id, so results are deterministic.
 */
public final class SearchIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final String[] FIELDS = {"title", "keywords", "description", "body"};
    private static final double[] WEIGHTS = {3.0, 2.5, 2.0, 1.0};

    private final List<Persona> personas;
    /** term → field → (persona index → count). */
    private final Map<String, Map<Integer, int[]>> postings = new HashMap<>();
    private final int[][] lengths;
    private final double[] averages = new double[FIELDS.length];

    public SearchIndex(List<Persona> personas) {
        this.personas = personas;
        this.lengths = new int[personas.size()][FIELDS.length];
        // Tokenising is the expensive part and independent per persona: do it in parallel, then merge in order.
        List<List<List<String>>> terms = java.util.stream.IntStream.range(0, personas.size()).parallel()
                .mapToObj(d -> {
                    Persona p = personas.get(d);
                    String[] texts = {p.title(), String.join(" ", p.metadata().keywords()),
                        p.metadata().description().orElse(""), p.bodyMarkdown()};
                    List<List<String>> fields = new ArrayList<>(FIELDS.length);
                    for (String t : texts) {
                        fields.add(Words.terms(t));
                    }
                    return fields;
                }).toList();
        for (int d = 0; d < personas.size(); d++) {
            for (int f = 0; f < FIELDS.length; f++) {
                List<String> fieldTerms = terms.get(d).get(f);
                lengths[d][f] = fieldTerms.size();
                averages[f] += fieldTerms.size();
                for (String t : fieldTerms) {
                    postings.computeIfAbsent(t, k -> new HashMap<>()).computeIfAbsent(d, k -> new int[FIELDS.length])
                            [f]++;
                }
            }
        }
        for (int f = 0; f < FIELDS.length; f++) {
            averages[f] = personas.isEmpty() ? 1 : Math.max(1, averages[f] / personas.size());
        }
    }

    /** The best {@code limit} personas for the text, best first. */
    public List<SearchHit> search(String text, int limit) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Words.terms(text)));
        Map<Integer, Double> scores = new HashMap<>();
        Map<Integer, List<SearchHit.Match>> why = new HashMap<>();
        int n = personas.size();
        for (String t : terms) {
            Map<Integer, int[]> docs = postings.get(t);
            if (docs == null) {
                continue;
            }
            double idf = Math.log(1 + (n - docs.size() + 0.5) / (docs.size() + 0.5));
            for (Map.Entry<Integer, int[]> e : docs.entrySet()) {
                int d = e.getKey();
                int[] tf = e.getValue();
                for (int f = 0; f < FIELDS.length; f++) {
                    if (tf[f] == 0) {
                        continue;
                    }
                    double norm = tf[f] + K1 * (1 - B + B * lengths[d][f] / averages[f]);
                    double s = idf * WEIGHTS[f] * tf[f] * (K1 + 1) / norm;
                    scores.merge(d, s, Double::sum);
                    why.computeIfAbsent(d, k -> new ArrayList<>()).add(new SearchHit.Match(t, FIELDS[f], tf[f], s));
                }
            }
        }
        return scores.entrySet().stream()
                .sorted((a, b) -> {
                    int c = Double.compare(b.getValue(), a.getValue());
                    return c != 0 ? c : personas.get(a.getKey()).id().compareTo(personas.get(b.getKey()).id());
                })
                .limit(limit)
                .map(e -> new SearchHit(personas.get(e.getKey()), e.getValue(), why.get(e.getKey())))
                .toList();
    }
}
