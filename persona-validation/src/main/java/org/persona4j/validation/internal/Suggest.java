package org.persona4j.validation.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
final class Suggest {

    private Suggest() {}

    /** The candidate closest to {@code word}, when it is within two edits or differs only in case. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > 64) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.min(2, Math.max(1, word.length() / 3))
                ? Optional.ofNullable(best)
                : Optional.empty();
    }

    static int distance(String a, String b) {
        return org.persona4j.internal.EditDistance.between(a, b);
    }
}
