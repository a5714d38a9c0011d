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
 * @param score   its BM25 score; only comparable within one search
 * @param matches each query term and field that contributed, with how much
 */
public record SearchHit(Persona persona, double score, List<Match> matches) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param persona the persona
     * @param score   its BM25 score; only comparable within one search
     * @param matches each query term and field that contributed, with how much
     */
    public SearchHit {
        Objects.requireNonNull(persona, "persona");
        matches = List.copyOf(matches);
    }

    /**
     * One term found in one field.
     *
     * @param term         the query term, as stemmed ({@code cach} for "caching")
     * @param field        {@code title}, {@code keywords}, {@code description} or {@code body}
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
