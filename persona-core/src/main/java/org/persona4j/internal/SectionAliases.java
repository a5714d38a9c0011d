package org.persona4j.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.persona4j.model.SectionKind;

/**
 * Maps section headings to kinds by meaning. A heading is normalised (numbering, case, accents, punctuation and
 * {@code &}/{@code and} removed), looked up in a table of the spellings seen in real persona sets, and otherwise
 * matched by the words it contains.
 */
public final class SectionAliases {

    private static final Pattern NUMBERING =
            Pattern.compile("^(?:(?:section|step|part)\\s+)?(?:\\d+(?:\\.\\d+)*[.):]?|[ivxlc]+[.)]|[a-z][.)])\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, SectionKind> TABLE = new HashMap<>();

    static {
        put(
                SectionKind.ROLE_SUMMARY,
                "role summary",
                "summary",
                "overview",
                "role",
                "role overview",
                "agent identity",
                "agent identity technical focus",
                "persona identity",
                "identity",
                "purpose",
                "expert purpose",
                "core mission",
                "mission",
                "about",
                "introduction",
                "profile",
                "who you are",
                "persona",
                "persona overview",
                "description");
        put(
                SectionKind.GOALS,
                "goals responsibilities",
                "goals",
                "responsibilities",
                "objectives",
                "goals objectives",
                "core responsibilities",
                "key responsibilities",
                "technical role",
                "technical role responsibilities",
                "role responsibilities",
                "success metrics");
        put(
                SectionKind.CAPABILITIES,
                "tools capabilities",
                "capabilities",
                "tools",
                "tools technologies",
                "skills",
                "core capabilities",
                "technical capabilities",
                "focus areas",
                "tools and technologies",
                "technology stack",
                "tech stack",
                "technical skills",
                "core competencies",
                "competencies",
                "tool proficiency",
                "essential tools");
        put(
                SectionKind.KNOWLEDGE,
                "knowledge scope",
                "knowledge",
                "knowledge base",
                "technical knowledge",
                "technical expertise knowledge",
                "expertise",
                "expertise areas",
                "core expertise",
                "areas of expertise",
                "domain knowledge",
                "background",
                "professional background",
                "experience expertise",
                "what you know");
        put(
                SectionKind.CONSTRAINTS,
                "constraints",
                "technical constraints",
                "technical standards constraints",
                "constraints challenges",
                "limitations",
                "boundaries",
                "strict boundaries",
                "guardrails",
                "restrictions",
                "rules",
                "constraints limitations",
                "what not to do",
                "ethical guidelines",
                "common pitfalls to avoid",
                "quality standards");
        put(
                SectionKind.DIRECTIVES,
                "behavioral directives",
                "behavioural directives",
                "directives",
                "technical behavior",
                "technical behavior approach",
                "ai agent behavioral framework",
                "behavioral framework",
                "behavioral traits",
                "behavior",
                "behaviour",
                "response approach",
                "approach",
                "personality",
                "personality profile",
                "core philosophy",
                "technical decision making",
                "decision making",
                "guidelines",
                "instructions",
                "best practices",
                "method",
                "methodology",
                "workflow",
                "workflows methodologies",
                "working style",
                "principles");
        put(
                SectionKind.INTERACTION,
                "interaction protocol",
                "interaction",
                "interaction style",
                "communication technical interaction",
                "technical communication",
                "communication",
                "communication style",
                "communication approach",
                "output format",
                "output",
                "inputs",
                "input output",
                "collaboration",
                "integration points",
                "integration collaboration",
                "technical integration",
                "workflow position",
                "when to use",
                "escalation",
                "when to use this agent",
                "when you re called",
                "deliverables",
                "output characteristics",
                "how to help");
        put(
                SectionKind.EXAMPLES,
                "example workflows",
                "examples",
                "example",
                "example interactions",
                "technical scenarios response patterns",
                "technical examples",
                "engagement scenarios",
                "sample responses communication",
                "project examples",
                "output examples",
                "scenarios",
                "use cases",
                "sample interactions",
                "example usage",
                "usage examples");
        put(
                SectionKind.TEMPLATES,
                "templates patterns",
                "templates",
                "technical templates communication patterns",
                "code templates",
                "patterns",
                "code patterns",
                "documentation template",
                "code examples",
                "snippets",
                "templates examples");
        put(
                SectionKind.METADATA,
                "metadata",
                "agent configuration metadata",
                "technical metadata",
                "document metadata",
                "persona metadata",
                "version history",
                "changelog");
    }

    /** Word stems tried in order when a heading is not in the table. */
    private static final List<Map.Entry<String, SectionKind>> STEMS = List.of(
            Map.entry("metadata", SectionKind.METADATA),
            Map.entry("template", SectionKind.TEMPLATES),
            Map.entry("constraint", SectionKind.CONSTRAINTS),
            Map.entry("boundar", SectionKind.CONSTRAINTS),
            Map.entry("limitation", SectionKind.CONSTRAINTS),
            Map.entry("example", SectionKind.EXAMPLES),
            Map.entry("scenario", SectionKind.EXAMPLES),
            Map.entry("capabilit", SectionKind.CAPABILITIES),
            Map.entry("goal", SectionKind.GOALS),
            Map.entry("responsibilit", SectionKind.GOALS),
            Map.entry("knowledge", SectionKind.KNOWLEDGE),
            Map.entry("expertise", SectionKind.KNOWLEDGE),
            Map.entry("directive", SectionKind.DIRECTIVES),
            Map.entry("behavio", SectionKind.DIRECTIVES),
            Map.entry("interaction", SectionKind.INTERACTION),
            Map.entry("communication", SectionKind.INTERACTION),
            Map.entry("identity", SectionKind.ROLE_SUMMARY));

    private SectionAliases() {}

    /** Headings repeat from file to file; their kinds are remembered, up to a bound. */
    private static final int CACHED = 4096;

    private static final java.util.concurrent.ConcurrentHashMap<String, SectionKind> KINDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static SectionKind kindOf(String heading) {
        if (heading == null) {
            return SectionKind.OTHER;
        }
        SectionKind known = KINDS.get(heading);
        if (known != null) {
            return known;
        }
        SectionKind kind = classify(heading);
        if (KINDS.size() < CACHED) {
            KINDS.put(heading, kind);
        }
        return kind;
    }

    private static SectionKind classify(String heading) {
        String key = normalise(heading);
        SectionKind kind = TABLE.get(key);
        if (kind != null) {
            return kind;
        }
        for (Map.Entry<String, SectionKind> stem : STEMS) {
            for (String word : key.split(" ")) {
                if (word.startsWith(stem.getKey())) {
                    return stem.getValue();
                }
            }
        }
        return SectionKind.OTHER;
    }

    /**
     * Headings that documents of every kind have, which name a persona's section as well but say nothing of a role on
     * their own, normalised.
     */
    private static final java.util.Set<String> GENERIC = java.util.Set.of(
            "overview",
            "introduction",
            "about",
            "summary",
            "description",
            "background",
            "best practices",
            "guidelines",
            "workflow",
            "rules",
            "approach",
            "method",
            "methodology",
            "principles",
            "quality standards");

    /**
     * {@return whether a heading is one any document may have ("Overview", "Best Practices"), which alone does not make
     * a file without front matter a persona}
     *
     * @param heading the heading as written
     */
    public static boolean isGeneric(String heading) {
        return heading == null || GENERIC.contains(normalise(heading));
    }

    /** Lower case, no accents, no numbering, words separated by single spaces, {@code and} dropped. */
    static String normalise(String heading) {
        // Decomposing needs the JDK's Unicode tables; plain ASCII headings, the common case, have no accents to drop.
        String s = heading.chars().allMatch(c -> c < 128)
                ? heading
                : Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('&', ' ').strip();
        s = NUMBERING.matcher(s).replaceFirst("");
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        s = (" " + s + " ").replaceAll(" (?:and )+", " ").strip();
        return s.replaceAll(" +", " ");
    }

    private static void put(SectionKind kind, String... aliases) {
        for (String alias : aliases) {
            TABLE.put(normalise(alias), kind);
        }
    }
}
