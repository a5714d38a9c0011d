package org.persona4j.validation.internal;

import java.util.Collection;

/** Messages about rule codes. */
public final class RuleNames {

    private RuleNames() {}

    /** "; did you mean 'x'?", or where the codes are listed when none is close. */
    public static String suggestion(String code, Collection<String> codes) {
        return Suggest.closest(code, codes)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("; no code is close to it (persona lint --rules, or Linter.rules(), lists all " + codes.size()
                        + ")");
    }
}
