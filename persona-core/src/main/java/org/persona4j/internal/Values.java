package org.persona4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Front-matter values read the way every dialect writes them: lists as YAML lists or as delimited strings. */
public final class Values {

    private Values() {}

    /**
     * A YAML list's items, or a comma-separated string's parts (commas inside {@code {…}}, as in brace globs, or
     * inside {@code (…)}, as in {@code Agent(worker, researcher)}, do not split), each stripped, blanks dropped; empty
     * for anything else.
     */
    public static List<String> list(Object value) {
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                String t = String.valueOf(item).strip();
                if (item != null && !t.isEmpty()) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        }
        if (value instanceof String text) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int parens = 0;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ',';
                depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
                parens += c == '(' ? 1 : c == ')' && parens > 0 ? -1 : 0;
                if (c == ',' && depth == 0 && parens == 0) {
                    String part = text.substring(start, i).strip();
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                    start = i + 1;
                }
            }
            return List.copyOf(out);
        }
        return List.of();
    }

    /**
     * A YAML list's items, or a string's words separated by blanks or commas, as an Agent Skill's allowed-tools; blanks
     * and commas inside {@code (…)}, as in {@code Bash(git add *)}, do not split.
     */
    public static List<String> words(Object value) {
        if (!(value instanceof String text)) {
            return list(value);
        }
        List<String> out = new ArrayList<>();
        int start = -1;
        int parens = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean gap = i == text.length() || parens == 0 && (Character.isWhitespace(c) || c == ',');
            parens += c == '(' ? 1 : c == ')' && parens > 0 ? -1 : 0;
            if (gap && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!gap && start < 0) {
                start = i;
            }
        }
        return List.copyOf(out);
    }

    /** A scalar as text; empty for {@code null}. */
    public static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /**
     * A text cut to at most {@code max} characters for a message, ending in {@code …} when cut; never splits a
     * surrogate pair.
     */
    public static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(s.charAt(end)) && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /**
     * {@return a deep, unmodifiable copy of a map of plain values: every list and map in it copied and made
     * unmodifiable, in order, {@code null}s kept}
     *
     * @param values the map
     */
    public static Map<String, Object> frozen(Map<String, ?> values) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, frozenValue(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Object frozenValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, frozenValue(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list && isImmutableOfScalars(list)) {
            return list; // List.of or Stream.toList of texts and numbers, as the reader makes them: nothing to copy
        }
        if (value instanceof java.util.Collection<?> list) {
            List<Object> copy = new java.util.ArrayList<>(list.size());
            list.forEach(v -> copy.add(frozenValue(v)));
            return java.util.Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** The class of the JDK's immutable lists ({@code List.of}, {@code Stream.toList}), which cannot change. */
    private static final java.util.Set<Class<?>> IMMUTABLE_LISTS =
            java.util.Set.of(List.of(1).getClass(), List.of(1, 2, 3).getClass());

    private static boolean isImmutableOfScalars(List<?> list) {
        if (!IMMUTABLE_LISTS.contains(list.getClass())) {
            return false;
        }
        for (Object o : list) {
            if (!(o == null
                    || o instanceof String
                    || o instanceof Long
                    || o instanceof Integer
                    || o instanceof Double
                    || o instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }
}
