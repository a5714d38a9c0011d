package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.persona4j.PersonaMetadata;
import org.persona4j.SourceSpan;

/** Every text value of the front matter as YAML decoded it, with the key it belongs to and where that key is. */
final class FrontMatterTexts {

    /** One decoded text and its key. */
    record Value(String key, String text, SourceSpan span) {}

    /** Values nested deeper than this are not visited (the reader's nesting limit is far lower). */
    private static final int MAX_DEPTH = 64;

    private FrontMatterTexts() {}

    static List<Value> of(PersonaMetadata m) {
        List<Value> out = new ArrayList<>();
        m.values().forEach((k, v) -> {
            add(out, m, k, k);
            walk(out, m, k, v, 0);
        });
        return out;
    }

    private static void walk(List<Value> out, PersonaMetadata m, String key, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String s) {
            add(out, m, key, s);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> walk(out, m, key, item, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                walk(out, m, key, k, depth + 1);
                walk(out, m, key, v, depth + 1);
            });
        }
    }

    private static void add(List<Value> out, PersonaMetadata m, String key, String text) {
        if (text != null && !text.isEmpty()) {
            out.add(new Value(key, text, m.span(key).orElse(SourceSpan.FILE)));
        }
    }

    /** The raw front matter of a file's text (between its '---' lines), or empty when it has none. */
    static String rawFrontMatter(String text) {
        if (!text.startsWith("---")) {
            return "";
        }
        int end = text.indexOf("\n---", 3);
        int dots = text.indexOf("\n...", 3);
        if (dots >= 0 && (end < 0 || dots < end)) {
            end = dots;
        }
        return end < 0 ? text : text.substring(0, end);
    }
}
