package org.persona4j.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.persona4j.Persona;

/**
 * A persona found by {@link PersonaCatalog#search}, with its relevance and why.
 *
 * @param persona the persona
 * @param score   its BM25 score, or with an {@linkplain org.persona4j.spi.EmbeddingProvider embedding provider} its
 *                fused score (the two rankings' scores, each scaled to 0–1 over its first hundred, in equal parts); only
 *                comparable within one search
 * @param matches each query term and field that contributed, with how much, and with an embedding provider a
 *                {@value #MEANING} match whose contribution is the cosine similarity of the persona to the query
 * @param twins   the ids of personas whose text is mostly the same as this one's (a skill shipped again as a prompt,
 *                one agent copied into several plugins), folded into this hit, best first
 */
public record SearchHit(Persona persona, double score, List<Match> matches, List<String> twins) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param persona the persona
     * @param score   its BM25 score; only comparable within one search
     * @param matches each query term and field that contributed, with how much
     * @param twins   the ids of personas of mostly the same text, folded into this hit
     */
    public SearchHit {
        Objects.requireNonNull(persona, "persona");
        matches = List.copyOf(matches);
        twins = List.copyOf(twins);
    }

    /**
     * A hit without twins.
     *
     * @param persona the persona
     * @param score   its score; only comparable within one search
     * @param matches each query term and field that contributed, with how much
     */
    public SearchHit(Persona persona, double score, List<Match> matches) {
        this(persona, score, matches, List.of());
    }

    /** The field of the match that says how close in meaning a persona is (its contribution is the cosine). */
    public static final String MEANING = "meaning";

    /**
     * One term found in one field.
     *
     * @param term         the query term, as stemmed ({@code cach} for "caching")
     * @param field        {@code title}, {@code keywords}, {@code description}, {@code body}, or {@value #MEANING}
     * @param count        how often it occurs there
     * @param contribution what it added to the score
     */
    public record Match(String term, String field, int count, double contribution) {}

    /** {@return the matches, largest contribution first, in one line: {@code 'cach' in body ×5 (+2.31); …}} */
    public String explain() {
        StringBuilder out = new StringBuilder();
        matches.stream()
                .sorted(Comparator.comparingDouble(Match::contribution).reversed())
                .forEach(m -> {
                    if (out.length() > 0) {
                        out.append("; ");
                    }
                    if (m.field().equals(MEANING)) {
                        out.append(String.format(Locale.ROOT, "close in meaning (cosine %.2f)", m.contribution()));
                        return;
                    }
                    out.append('\'')
                            .append(m.term())
                            .append("' in ")
                            .append(m.field())
                            .append(" ×")
                            .append(m.count())
                            .append(String.format(Locale.ROOT, " (+%.2f)", m.contribution()));
                });
        return out.toString();
    }
}
