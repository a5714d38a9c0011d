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
                        "front-matter keys are ones the profile knows",
                        MetadataRules::unknownKeys),
                new SimpleRule(
                        "metadata.comma-list",
                        Severity.WARNING,
                        "lists are YAML lists, not comma-separated text",
                        MetadataRules::commaLists),
                new SimpleRule(
                        "metadata.apply-to-too-large",
                        Severity.WARNING,
                        "applyTo stays within " + AppliesTo.MAX_ALTERNATIVES + " patterns and "
                                + AppliesTo.MAX_CHARACTERS + " characters",
                        MetadataRules::applyToSize));
    }

    private static void applyToSize(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        int dropped = AppliesTo.of(m.filePatterns()).dropped();
        if (dropped > 0) {
            findings.report(
                    span(m, "applyTo"),
                    "'applyTo' holds more than " + AppliesTo.MAX_ALTERNATIVES
                            + " patterns (after expanding braces) or " + AppliesTo.MAX_CHARACTERS + " characters; "
                            + dropped
                            + " patterns past that were left out. Split the persona, or use broader patterns");
        }
    }

    private static void placeholders(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        for (String field : List.of("title", "description", "author", "guidelines", "agentMode", "instructionType")) {
            textOf(m, field)
                    .filter(v -> PLACEHOLDER_TEXT.contains(v.strip().toLowerCase(Locale.ROOT)))
                    .ifPresent(v -> findings.report(
                            span(m, field), "'" + field + "' is the placeholder '" + v + "'; " + advice(field)));
        }
        if (m.span("keywords").isPresent()
                && m.keywords().isEmpty()
                && !m.extra().containsKey("keywords")) {
            findings.report(
                    span(m, "keywords"),
                    "'keywords' is empty; list the terms people would search for " + "to find this persona");
        }
    }

    private static String advice(String field) {
        return switch (field) {
            case "description" -> "write one sentence on what the persona is for";
            case "guidelines" -> "state the guidance this persona follows, or remove the key";
            default -> "write the real value, or remove the key";
        };
    }

    private static void defaultScore(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        if (m.summaryScore().filter(s -> s == 3.0).isPresent()) {
            findings.report(
                    span(m, "summaryScore"),
                    "'summaryScore' is 3.0, the generator's default; set a score "
                            + "that reflects the persona, or remove the key");
        }
    }

    private static void bodyDisagrees(LintTarget target, Findings findings) {
        Persona p = target.persona();
        PersonaMetadata m = p.metadata();
        compare(findings, m, "version", m.version(), bodyEntry(p, "version"), MetadataRules::sameVersion);
        compare(findings, m, "lastUpdated", m.lastUpdated(), bodyEntry(p, "last updated"), MetadataRules::sameDate);
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
                String hint = Suggest.closest(key, known)
                        .map(k -> "; did you mean '" + k + "'?")
                        .orElse("; the " + target.profile().name() + " profile does not use it");
                findings.report(span(m, key), "unknown front-matter key '" + Quote.shorten(key) + "'" + hint);
            }
        }
    }

    private static void commaLists(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        check(findings, m, "keywords", m.keywords());
        check(findings, m, "extensions", m.extensions());
    }

    private static void check(Findings findings, PersonaMetadata m, String field, List<String> values) {
        if (values.size() == 1 && values.get(0).contains(",")) {
            findings.report(
                    span(m, field),
                    "'" + field + "' is one text with commas; write it as a YAML list "
                            + "(one '- item' per line, or [a, b])");
        }
    }

    private static Optional<String> textOf(PersonaMetadata m, String field) {
        return switch (field) {
            case "title" -> m.title();
            case "description" -> m.description();
            case "author" -> m.author();
            case "guidelines" -> m.guidelines();
            case "agentMode" -> m.agentMode();
            case "instructionType" -> m.instructionType();
            default -> Optional.empty();
        };
    }

    private static SourceSpan span(PersonaMetadata m, String key) {
        return m.span(key).orElse(SourceSpan.FILE);
    }
}
