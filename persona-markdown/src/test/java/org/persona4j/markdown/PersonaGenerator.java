package org.persona4j.markdown;

import java.util.List;
import java.util.Random;

/**
 * Generates persona files from a seed: realistic structure (front matter, title, sections with the shapes real
 * files use) filled with awkward text (YAML-significant characters, numbers that look like versions, non-ASCII,
 * Markdown markers). The same seed always gives the same file.
 */
final class PersonaGenerator {

    private static final List<String> HEADINGS = List.of(
            "1. Role Summary",
            "Goals & Responsibilities",
            "3. Tools & Capabilities",
            "Knowledge Scope",
            "5. Constraints",
            "Behavioral Directives",
            "Interaction Protocol",
            "8. Example Workflows",
            "Templates & Patterns",
            "10. Metadata",
            "Overview",
            "Personality",
            "Agent Identity & Technical Focus",
            "Lunch Preferences",
            "Capabilities",
            "Purpose");
    private static final List<String> WORDS = List.of(
            "api",
            "cache",
            "Kafka",
            "naïve",
            "日本語",
            "emoji 🧪",
            "yes",
            "no",
            "1.0",
            "012",
            "null",
            "~",
            "a: b",
            "#tag",
            "'quoted'",
            "\"dq\"",
            "-",
            "*",
            "**bold**",
            "`code`",
            "[link](x)",
            "\\",
            "{{var}}",
            "${x}",
            "&amp;",
            "<b>",
            "@at",
            "%pct",
            "|pipe",
            ">gt",
            "100%",
            "C#",
            "ŝ",
            "\u200d",
            "tab\there");

    private final Random random;

    PersonaGenerator(long seed) {
        this.random = new Random(seed);
    }

    String persona() {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(10) > 0) {
            out.append("---\n");
            out.append("title: ").append(scalar()).append('\n');
            if (random.nextBoolean()) {
                out.append("version: ")
                        .append(pick("1.0.0", "2.0", "1", "'3.1'", "v2"))
                        .append('\n');
            }
            if (random.nextBoolean()) {
                out.append("description: ").append(scalar()).append('\n');
            }
            if (random.nextBoolean()) {
                out.append("keywords:")
                        .append(random.nextBoolean() ? " []\n" : "\n  - " + scalar() + "\n  - " + scalar() + "\n");
            }
            if (random.nextBoolean()) {
                out.append("summaryScore: ")
                        .append(pick("3.0", "4.5", "5", "high"))
                        .append('\n');
            }
            if (random.nextBoolean()) {
                out.append("applyTo: ")
                        .append(pick("general", "'**/*.java'", "[\"**/*.ts\", \"src/**\"]"))
                        .append('\n');
            }
            if (random.nextBoolean()) {
                out.append("custom")
                        .append(random.nextInt(3))
                        .append(": ")
                        .append(scalar())
                        .append('\n');
            }
            if (random.nextBoolean()) {
                out.append("nested:\n  a: ").append(scalar()).append("\n  b: [1, 2.5, true, x]\n");
            }
            out.append(random.nextBoolean() ? "---\n" : "...\n");
        }
        if (random.nextInt(4) > 0) {
            out.append(random.nextBoolean() ? "\n# Persona: " : "\n# ")
                    .append(words(3))
                    .append('\n');
        }
        if (random.nextInt(3) == 0) {
            out.append('\n').append(paragraph()).append('\n');
        }
        int sections = random.nextInt(12);
        for (int i = 0; i < sections; i++) {
            out.append(random.nextInt(8) == 0 ? "\n" + words(2) + "\n---\n" : "\n## " + pick(HEADINGS) + "\n");
            int blocks = random.nextInt(5);
            for (int b = 0; b < blocks; b++) {
                out.append(random.nextBoolean() ? "\n" : "").append(block()).append('\n');
            }
            if (random.nextInt(3) == 0) {
                out.append("\n---\n");
            }
        }
        String text = out.toString();
        return random.nextInt(4) == 0 ? text.stripTrailing() : text;
    }

    private String block() {
        return switch (random.nextInt(9)) {
            case 0 -> paragraph();
            case 1 -> list(false);
            case 2 -> list(true);
            case 3 ->
                "```" + pick("", "python", "java", "json title=x") + "\n" + paragraph() + "\n## not a heading\n"
                        + (random.nextInt(6) == 0 ? "" : "```");
            case 4 -> "### " + words(2) + "\n" + paragraph();
            case 5 ->
                "**" + pick("Example 1: ", "Scenario: ", "") + words(2) + "**" + pick("", ":") + "\n```\nUser: "
                        + words(4) + "\nAgent: " + words(3) + "\n- " + words(2) + "\n```";
            case 6 -> "> " + paragraph();
            case 7 -> "User: " + words(3) + "\nAssistant: " + words(3);
            default -> "    indented " + words(2);
        };
    }

    private String list(boolean boldKeys) {
        StringBuilder out = new StringBuilder();
        int items = 1 + random.nextInt(5);
        for (int i = 0; i < items; i++) {
            out.append(pick("- ", "* ", "1. "))
                    .append(boldKeys ? "**" + words(2) + "**: " : "")
                    .append(words(1 + random.nextInt(4)).replace(" ", random.nextBoolean() ? ", " : " "));
            if (random.nextInt(5) == 0) {
                out.append("\n  - nested ").append(words(2));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    private String paragraph() {
        StringBuilder out = new StringBuilder(words(3 + random.nextInt(8)));
        if (random.nextBoolean()) {
            out.append('\n').append(words(4));
        }
        return out.toString();
    }

    private String scalar() {
        String w = words(1 + random.nextInt(3));
        return switch (random.nextInt(4)) {
            case 0 -> "'" + w.replace("'", "''") + "'";
            case 1 -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
            default -> ">-\n  " + w.replace("\t", " ");
        };
    }

    private String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return out.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
