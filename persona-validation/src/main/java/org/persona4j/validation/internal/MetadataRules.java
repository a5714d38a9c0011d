package org.persona4j.validation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.catalog.AppliesTo;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.model.Entry;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/** Rules on the front matter beyond its constraints: placeholders, keys, lists and agreement with the body. */
public final class MetadataRules {

    private static final Set<String> PLACEHOLDER_TEXT = Set.of(
            "awaiting summary.",
            "awaiting summary",
            "n/a",
            "na",
            "tbd",
            "todo",
            "tba",
            "placeholder",
            "lorem ipsum",
            "-",
            "none",
            "...",
            "…");

    private MetadataRules() {}

    public static List<LintRule> rules() {
        return List.of(
                new SimpleRule(
                        "metadata.placeholder",
                        Severity.WARNING,
                        "no generator placeholders (Awaiting summary., N/A, empty keywords)",
                        MetadataRules::placeholders),
                new SimpleRule(
                        "metadata.default-score",
                        Severity.INFO,
                        "summaryScore is not the generator's default of 3.0",
                        MetadataRules::defaultScore),
                new SimpleRule(
                        "metadata.body-disagrees",
                        Severity.WARNING,
                        "version and last-updated in the front matter agree with the body's metadata section",
                        MetadataRules::bodyDisagrees),
                new SimpleRule(
                        "metadata.unknown-key",
                        Severity.WARNING,
                        "front-matter keys are ones the dialect's vendor documents (or the profile knows)",
                        MetadataRules::unknownKeys),
                new SimpleRule(
                        "metadata.comma-list",
                        Severity.WARNING,
                        "lists are YAML lists, not comma-separated text",
                        MetadataRules::commaLists),
                new SimpleRule(
                        "metadata.apply-to-too-large",
                        Severity.WARNING,
                        "file patterns (applyTo, globs, paths) stay within " + AppliesTo.MAX_ALTERNATIVES
                                + " patterns and " + AppliesTo.MAX_CHARACTERS + " characters",
                        MetadataRules::applyToSize));
    }

    private static void applyToSize(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        int dropped = AppliesTo.of(m.filePatterns()).dropped();
        if (dropped > 0) {
            String key = keyName(target, KeyRole.PATTERNS);
            findings.report(
                    m.span(KeyRole.PATTERNS).orElse(SourceSpan.FILE),
                    "'" + key + "' holds more than " + AppliesTo.MAX_ALTERNATIVES
                            + " patterns (after expanding braces) or " + AppliesTo.MAX_CHARACTERS + " characters; "
                            + dropped
                            + " patterns past that were left out. Split the persona, or use broader patterns");
        }
    }

    /** A generator's placeholder in any text key of the dialect, and a keywords key written empty. */
    private static void placeholders(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        for (KeySpec key : target.persona().dialect().spec().keys()) {
            if (key.type() != KeyType.TEXT || key.isPersona4j()) {
                continue;
            }
            m.text(key.name())
                    .filter(v -> PLACEHOLDER_TEXT.contains(v.strip().toLowerCase(Locale.ROOT)))
                    .ifPresent(v -> findings.report(
                            span(m, key.name()),
                            "'" + key.name() + "' is the placeholder '" + Quote.shorten(v) + "'; " + advice(key)));
        }
        String keywords = keyName(target, KeyRole.KEYWORDS);
        if (!keywords.isEmpty() && m.values().get(keywords) instanceof List<?> l && l.isEmpty()) {
            findings.report(
                    span(m, keywords),
                    "'" + keywords + "' is empty; list the terms people would search for to find this persona");
        }
    }

    private static String advice(KeySpec key) {
        return switch (key.role()) {
            case DESCRIPTION -> "write one sentence on what the persona is for";
            case GUIDELINES -> "state the guidance this persona follows, or remove the key";
            default -> "write the real value, or remove the key";
        };
    }

    /** The name of the persona's key with a role, or an empty string when its dialect has none. */
    private static String keyName(LintTarget target, KeyRole role) {
        return target.persona().dialect().spec().keyFor(role).map(KeySpec::name).orElse("");
    }

    private static void defaultScore(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        if (m.summaryScore().filter(s -> s == 3.0).isPresent()) {
            String key = keyName(target, KeyRole.SCORE);
            findings.report(
                    m.span(KeyRole.SCORE).orElse(SourceSpan.FILE),
                    "'" + key + "' is 3.0, the generator's default; set a score that reflects the persona, or "
                            + "remove the key");
        }
    }

    private static void bodyDisagrees(LintTarget target, Findings findings) {
        Persona p = target.persona();
        PersonaMetadata m = p.metadata();
        // The body's metadata section names its entries in words: "Version", "Last Updated".
        compare(
                findings,
                m,
                keyName(target, KeyRole.VERSION),
                m.version(),
                bodyEntry(p, "version"),
                MetadataRules::sameVersion);
        compare(
                findings,
                m,
                keyName(target, KeyRole.UPDATED),
                m.lastUpdated(),
                bodyEntry(p, "last updated"),
                MetadataRules::sameDate);
    }

    private static void compare(
            Findings findings,
            PersonaMetadata m,
            String field,
            Optional<String> front,
            Optional<Entry> body,
            java.util.function.BiPredicate<String, String> same) {
        if (front.isEmpty()
                || body.isEmpty()
                || same.test(front.get(), body.get().value())) {
            return;
        }
        findings.report(
                span(m, field),
                "'" + field + "' is '" + front.get() + "' but the body's metadata says '"
                        + body.get().value() + "' (line " + body.get().span().startLine()
                        + "); make them agree, or drop "
                        + "the copy in the body");
    }

    private static Optional<Entry> bodyEntry(Persona p, String key) {
        return p.bodyMetadata().stream()
                .filter(e -> e.key().strip().equalsIgnoreCase(key))
                .findFirst();
    }

    static boolean sameVersion(String a, String b) {
        return normaliseVersion(a).equals(normaliseVersion(b));
    }

    private static String normaliseVersion(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("v")) {
            s = s.substring(1);
        }
        while (s.endsWith(".0") && s.indexOf('.') != s.lastIndexOf('.')) {
            s = s.substring(0, s.length() - 2);
        }
        return s.endsWith(".0") && s.indexOf('.') == s.lastIndexOf('.') ? s.substring(0, s.length() - 2) : s;
    }

    static boolean sameDate(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        if (x.length() >= 10 && y.length() >= 10 && x.charAt(4) == '-' && y.charAt(4) == '-') {
            return x.substring(0, 10).equals(y.substring(0, 10));
        }
        return x.equalsIgnoreCase(y);
    }

    private static void unknownKeys(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        Set<String> known = target.profile().knownKeys();
        for (String key : m.keys()) {
            if (!known.contains(key)) {
                org.persona4j.dialect.DialectSpec spec =
                        target.persona().dialect().spec();
                String hint = Suggest.closest(key, known)
                        .map(k -> "; did you mean '" + k + "'?")
                        .orElse(
                                target.persona().dialect() == org.persona4j.Dialect.AI_LEY
                                        ? "; the " + target.profile().name() + " profile does not use it"
                                        : "; " + spec.displayName() + "s have no such key, so their tool ignores it");
                findings.report(span(m, key), "unknown front-matter key '" + Quote.shorten(key) + "'" + hint);
            }
        }
    }

    /** A key the table types as a YAML list, written as one text with commas. */
    private static void commaLists(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        for (KeySpec key : target.persona().dialect().spec().keys()) {
            if (key.type() == KeyType.LIST && m.values().get(key.name()) instanceof String text && text.contains(",")) {
                findings.report(
                        span(m, key.name()),
                        "'" + key.name() + "' is one text with commas; write it as a YAML list "
                                + "(one '- item' per line, or [a, b])");
            }
        }
    }

    private static SourceSpan span(PersonaMetadata m, String key) {
        return m.span(key).orElse(SourceSpan.FILE);
    }
}
