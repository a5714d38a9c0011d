package org.persona4j.validation.internal;

import java.util.Collection;

/** Messages about rule codes. */
public final class RuleNames {

    private RuleNames() {}

    /** "; did you mean 'x'?" or the list of codes. */
    public static String suggestion(String code, Collection<String> codes) {
        return Suggest.closest(code, codes)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("; the codes are: "
                        + String.join(", ", codes.stream().sorted().toList()));
    }
}
