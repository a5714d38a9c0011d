package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * Finds text a reader does not see but a model does (the "rules file backdoor" and Trojan Source attacks): bidi
 * controls, Unicode tag characters, control characters, zero-width characters, direction marks, stray variation
 * selectors and private-use characters. Legitimate uses are left alone: a zero-width joiner inside an emoji sequence
 * or between letters of a script that needs it (Persian, Arabic, Indic), tag characters in a subdivision flag, and a
 * variation selector after a character that has an emoji form.
 */
public final class HiddenCharacters {

    /** The kinds of hidden character, each a lint code. */
    enum Kind {
        BIDI("text.bidi-control", Severity.ERROR, "no bidirectional control characters (U+202A–202E, U+2066–2069)"),
        TAG("text.tag-character", Severity.ERROR, "no Unicode tag characters (U+E0000–E007F) outside emoji flags"),
        CONTROL("text.control-character", Severity.ERROR, "no control characters other than tab and line breaks"),
        ZERO_WIDTH("text.zero-width", Severity.WARNING, "no zero-width characters outside emoji and joining scripts"),
        DIRECTION_MARK("text.direction-mark", Severity.WARNING, "no left-to-right or right-to-left marks"),
        VARIATION_SELECTOR(
                "text.variation-selector", Severity.WARNING, "no variation selectors outside emoji sequences"),
        PRIVATE_USE("text.private-use", Severity.WARNING, "no private-use characters"),
        INVISIBLE(
                "text.invisible-character",
                Severity.WARNING,
                "no other invisible characters (soft hyphens, invisible operators, fillers, separators)");

        final String code;
        final Severity severity;
        final String description;

        Kind(String code, Severity severity, String description) {
            this.code = code;
            this.severity = severity;
            this.description = description;
        }
    }

    private HiddenCharacters() {}

    /** Receives a hidden code point with its line and column; returns whether to go on. */
    private interface Hit {
        boolean at(int codePoint, int line, int column);
    }

    /** A hidden code point found in a text: what it is, its kind and where. */
    private record Found(int codePoint, Kind kind, int line, int column) {}

    /** A hidden code point that only the decoded value of a front-matter key holds: the first of each kind. */
    private record Decoded(FrontMatterTexts.Value value, Kind kind, int codePoint) {}

    /** What one pass over a target found, for all eight rules: in its text, and in its decoded front matter. */
    private record Scan(List<Found> text, List<Decoded> decoded) {}

    /** The one scan of a target's text, shared by the hidden-character rules ({@link LintTarget#shared}). */
    private static final Object SCAN = new Object();

    private static Scan scan(LintTarget target) {
        return target.shared(SCAN, t -> new Scan(found(t.text()), decoded(t)));
    }

    /** Every hidden code point of a text, of every kind, in order. */
    private static List<Found> found(String text) {
        List<Found> all = new ArrayList<>();
        scan(text, null, (cp, kind, line, column) -> {
            all.add(new Found(cp, kind, line, column));
            return true;
        });
        return all;
    }

    /** The decoded front-matter values' hidden characters that the raw text does not show. */
    private static List<Decoded> decoded(LintTarget target) {
        String raw = FrontMatterTexts.rawFrontMatter(target.text());
        List<Decoded> all = new ArrayList<>();
        for (FrontMatterTexts.Value v : FrontMatterTexts.of(target.persona().metadata())) {
            java.util.EnumSet<Kind> seen = java.util.EnumSet.noneOf(Kind.class);
            scan(v.text(), null, (cp, kind, line, column) -> {
                if (!seen.contains(kind) && !raw.contains(new String(Character.toChars(cp)))) {
                    seen.add(kind);
                    all.add(new Decoded(v, kind, cp));
                }
                return true;
            });
        }
        return all;
    }

    /** Receives a hidden code point with its kind, line and column; returns whether to go on. */
    private interface KindHit {
        boolean at(int codePoint, Kind kind, int line, int column);
    }

    /** Calls {@code hit} for every code point of {@code text} that {@code kind} classifies, in context. */
    private static void scan(String text, Kind kind, Hit hit) {
        scan(text, kind, (cp, k, line, column) -> hit.at(cp, line, column));
    }

    /**
     * Calls {@code hit} for every code point of {@code text} that is hidden, of {@code kind} or (when it is
     * {@code null}) of any kind, in context.
     */
    private static void scan(String text, Kind kind, KindHit hit) {
        int line = 1;
        int column = 1;
        int prev = -1;
        boolean flagTag = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                // Printable ASCII is never hidden: only its place (column, what came before) is kept.
                column++;
                prev = c;
                flagTag = false;
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            int width = Character.charCount(cp);
            int next = i + width < text.length() ? text.codePointAt(i + width) : -1;
            if (cp == 0x1F3F4) {
                flagTag = true; // a black flag starts a subdivision flag's tag sequence
            } else if (!(cp >= 0xE0020 && cp <= 0xE007F)) {
                flagTag = false;
            }
            Kind k = classify(prev, cp, next, flagTag);
            if (k != null && (kind == null || k == kind) && !hit.at(cp, k, line, column)) {
                return;
            }
            if (cp == 0xE007F) {
                flagTag = false;
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            prev = cp;
            i += width;
        }
    }

    /** One rule per kind. */
    public static List<LintRule> rules() {
        List<LintRule> rules = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            rules.add(new KindRule(kind));
        }
        return rules;
    }

    /** The kind of a code point in context, or {@code null} when it is not hidden or is used legitimately. */
    static Kind classify(int prev, int cp, int next, boolean inFlagTag) {
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
            return Kind.BIDI;
        }
        if (cp >= 0xE0000 && cp <= 0xE007F) {
            return inFlagTag ? null : Kind.TAG;
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)) {
            return Kind.CONTROL;
        }
        if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E) {
            return Kind.ZERO_WIDTH;
        }
        if (cp == 0x200C || cp == 0x200D) {
            boolean emoji = cp == 0x200D && isEmojiPart(prev) && isEmojiBase(next);
            boolean joiningScript = isJoiningLetter(prev) && isJoiningLetter(next);
            return emoji || joiningScript ? null : Kind.ZERO_WIDTH;
        }
        if (cp == 0x200E || cp == 0x200F || cp == 0x061C) {
            return Kind.DIRECTION_MARK;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return (cp == 0xFE0E || cp == 0xFE0F) && isEmojiBase(prev) ? null : Kind.VARIATION_SELECTOR;
        }
        if ((cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD)) {
            return Kind.PRIVATE_USE;
        }
        return isInvisible(cp) ? Kind.INVISIBLE : null;
    }

    /**
     * Every other character that shows nothing or hides text: format characters by Unicode property (soft hyphen,
     * invisible operators U+2061–2064, interlinear annotation U+FFF9–FFFB, musical format characters…), the line
     * and paragraph separators, and a reviewed list of characters that render blank although their category says
     * otherwise. Format characters that show a visible sign (Arabic and Syriac number signs, Kaithi and other
     * prepended concatenation marks) are text.
     */
    static boolean isInvisible(int cp) {
        switch (cp) {
            case 0x034F, // combining grapheme joiner
                    0x115F,
                    0x1160,
                    0x3164,
                    0xFFA0, // Hangul fillers
                    0x17B4,
                    0x17B5, // Khmer inherent vowels
                    0x180B,
                    0x180C,
                    0x180D,
                    0x180F, // Mongolian free variation selectors
                    0x2800, // braille pattern blank
                    0x2028,
                    0x2029 -> {
                return true;
            }
            case 0x0600,
                    0x0601,
                    0x0602,
                    0x0603,
                    0x0604,
                    0x0605,
                    0x06DD,
                    0x070F,
                    0x0890,
                    0x0891,
                    0x08E2,
                    0x110BD,
                    0x110CD -> {
                return false;
            }
            default -> {
                return Character.getType(cp) == Character.FORMAT;
            }
        }
    }

    /** Characters with an emoji presentation, approximately (Java 17 has no emoji property). */
    static boolean isEmojiBase(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2190 && cp <= 0x2BFF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || cp == 0xA9
                || cp == 0xAE
                || cp == 0x203C
                || cp == 0x2049
                || cp == 0x2122
                || cp == 0x2139
                || cp == 0x3030
                || cp == 0x303D
                || cp == 0x3297
                || cp == 0x3299
                || cp == '#'
                || cp == '*'
                || (cp >= '0' && cp <= '9');
    }

    /** An emoji, or what may end one before a joiner: a variation selector or a skin-tone modifier. */
    private static boolean isEmojiPart(int cp) {
        return isEmojiBase(cp) || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** A letter (or mark) of a script whose orthography uses zero-width joiners and non-joiners. */
    private static boolean isJoiningLetter(int cp) {
        if (cp < 0
                || !(Character.isLetter(cp)
                        || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC;
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X %s", cp, name == null ? "(unassigned)" : name);
    }

    /** Reports one kind of hidden character, with its code point and name. */
    private static final class KindRule implements LintRule {
        private final Kind kind;

        KindRule(Kind kind) {
            this.kind = kind;
        }

        @Override
        public String code() {
            return kind.code;
        }

        @Override
        public Severity defaultSeverity() {
            return kind.severity;
        }

        @Override
        public String description() {
            return kind.description;
        }

        @Override
        public void check(LintTarget target, Findings findings) {
            for (Found f : scan(target).text()) {
                if (f.kind() == kind) {
                    findings.report(
                            SourceSpan.at(f.line(), f.column()),
                            describe(f.codePoint()) + " is invisible "
                                    + "or reorders text, so readers and models see different things; " + advice());
                }
            }
            checkDecodedFrontMatter(target, findings);
        }

        /**
         * The front matter's values as YAML decoded them: a double-quoted escape ({@code "\u202E"}, {@code "\e"})
         * hides a character from the raw text that the persona then carries. Reported at the key, once per value
         * and kind, unless the raw front matter holds the same character (the raw scan reported it already).
         */
        private void checkDecodedFrontMatter(LintTarget target, Findings findings) {
            for (Decoded d : scan(target).decoded()) {
                if (d.kind() == kind) {
                    findings.report(
                            d.value().span(),
                            "'" + d.value().key() + "' holds " + describe(d.codePoint())
                                    + ", written as an escape in the YAML; it is invisible or reorders text, so readers and "
                                    + "models see different things; " + advice());
                }
            }
        }

        private String advice() {
            return kind.severity == Severity.ERROR ? "remove it" : "remove it unless it is intended";
        }
    }
}
