package org.persona4j.dialect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The compiled form of each key pattern, made once: patterns come from dialect tables, so there are few of them. */
final class KeyPatterns {

    /** More distinct patterns than this means a caller makes them on the fly; the cache then starts again. */
    private static final int MOST = 512;

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private KeyPatterns() {}

    static Pattern compiled(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p != null) {
            return p;
        }
        p = Pattern.compile(regex);
        if (COMPILED.size() >= MOST) {
            COMPILED.clear();
        }
        COMPILED.put(regex, p);
        return p;
    }

    static boolean matches(String regex, String text) {
        try {
            return compiled(regex).matcher(text).matches();
        } catch (StackOverflowError tooDeep) {
            return false;
        }
    }
}
