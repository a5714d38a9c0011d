package org.persona4j.internal.dialect;

import java.util.Locale;

/**
 * Names every dialect accepts as a file name and as an Agent Skill's {@code name}. Language names whose symbols
 * would otherwise vanish keep them in words, so that {@code C#}, {@code C++} and {@code C} stay three names.
 */
public final class Slugs {

    private Slugs() {}

    private static final int MAX = 64;

    /**
     * {@return lowercase ASCII letters and digits, other runs made one hyphen, at most 64 characters; {@code persona}
     * when nothing is left}
     *
     * @param text any text
     */
    public static String slug(String text) {
        String spelled = spell(text);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < spelled.length() && out.length() < MAX; i++) {
            char c = spelled.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0 && out.length() < MAX - 1) {
                    out.append('-');
                }
                hyphen = false;
                out.append(c);
            } else {
                hyphen = true;
            }
        }
        return out.length() == 0 ? "persona" : out.toString();
    }

    /** The text in lowercase with {@code c#}, {@code c++}, {@code f#} and {@code .net} spelled out as words. */
    private static String spell(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            if (wordStart && lower.startsWith("c++", i)) {
                out.append("cpp");
                i += 2;
            } else if (wordStart && (c == 'c' || c == 'f') && lower.startsWith("#", i + 1)) {
                out.append(c).append("sharp");
                i += 1;
            } else if (lower.startsWith(".net", i)
                    && (i + 4 == lower.length() || !Character.isLetterOrDigit(lower.charAt(i + 4)))
                    && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
                out.append(i == 0 ? "dotnet" : " dotnet");
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
