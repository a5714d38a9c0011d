package org.persona4j.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic personas from a seed: the reference layout, 5–15 KB, varied sections, bullets with bold keys,
 * fenced code, some non-ASCII text. The same seed always gives the same files.
 */
public final class Corpus {

    private static final String[] TOPICS = {
        "Kafka",
        "PostgreSQL",
        "Redis",
        "Kubernetes",
        "React",
        "Terraform",
        "GraphQL",
        "Rust",
        "Spring Boot",
        "Elasticsearch",
        "gRPC",
        "OAuth 2.0",
        "Prometheus",
        "Spark",
        "Django"
    };
    private static final String[] WORDS = {
        "design",
        "scalable",
        "services",
        "latency",
        "caching",
        "indexing",
        "observability",
        "resilient",
        "deploy",
        "pipelines",
        "security",
        "tests",
        "contracts",
        "queues",
        "schemas",
        "migrations",
        "budgets",
        "reviews",
        "incidents",
        "naïve",
        "café",
        "日本語",
        "データ",
        "🚀",
        "résumé"
    };
    private static final String[] MODES = {"general", "review", "design", "operations"};

    private Corpus() {}

    /** One persona's Markdown. */
    public static String persona(long seed) {
        Random r = new Random(seed);
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String title = topic + " Specialist " + seed;
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ")
                .append(title)
                .append("\nversion: 1.")
                .append(r.nextInt(10))
                .append(".0\n")
                .append("author: bench\ndescription: ")
                .append(sentence(r, 14))
                .append("\nkeywords:\n");
        for (int i = 0; i < 4; i++) {
            out.append("  - ")
                    .append(i == 0 ? topic.toLowerCase(java.util.Locale.ROOT) : WORDS[r.nextInt(19)])
                    .append('\n');
        }
        out.append("lastUpdated: '2025-0")
                .append(1 + r.nextInt(9))
                .append("-1")
                .append(r.nextInt(10))
                .append("'\nsummaryScore: ")
                .append(3 + r.nextInt(3))
                .append(".")
                .append(r.nextInt(10))
                .append("\nagentMode: ")
                .append(MODES[r.nextInt(MODES.length)])
                .append("\napplyTo: '**/*.")
                .append(r.nextBoolean() ? "java" : "ts")
                .append("'\n---\n\n")
                .append("# Persona: ")
                .append(title)
                .append("\n\n## 1. Role Summary\n")
                .append(paragraph(r, 4))
                .append("\n\n---\n\n## 2. Goals & Responsibilities\n")
                .append(bullets(r, 6 + r.nextInt(6), false))
                .append("\n## 3. Tools & Capabilities\n");
        for (int i = 0; i < 6 + r.nextInt(6); i++) {
            out.append("- **")
                    .append(WORDS[r.nextInt(19)])
                    .append("**: ")
                    .append(topic)
                    .append(" ")
                    .append(r.nextInt(20))
                    .append("+, ")
                    .append(TOPICS[r.nextInt(TOPICS.length)])
                    .append(", ")
                    .append(TOPICS[r.nextInt(TOPICS.length)])
                    .append(" (")
                    .append(WORDS[r.nextInt(19)])
                    .append(", ")
                    .append(WORDS[r.nextInt(19)])
                    .append(")\n");
        }
        out.append("\n## 4. Knowledge Scope\n")
                .append(bullets(r, 6 + r.nextInt(4), true))
                .append("\n## 5. Constraints\n")
                .append(bullets(r, 5 + r.nextInt(4), false))
                .append("\n## 6. Behavioral Directives\n")
                .append(bullets(r, 5 + r.nextInt(4), false))
                .append("\n## 7. Interaction Protocol\n")
                .append(bullets(r, 4, true))
                .append("\n## 8. Example Workflows\n");
        for (int i = 1; i <= 2 + r.nextInt(2); i++) {
            out.append("\n**Example ")
                    .append(i)
                    .append(": ")
                    .append(sentence(r, 3))
                    .append("**\n```\nUser: ")
                    .append(sentence(r, 10))
                    .append("\nAgent: ")
                    .append(sentence(r, 8))
                    .append(":\n")
                    .append(bullets(r, 4, false))
                    .append("```\n");
        }
        out.append("\n## 9. Templates & Patterns\n");
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            out.append("\n**").append(sentence(r, 3)).append(" Pattern**:\n```python\n");
            for (int line = 0; line < 10 + r.nextInt(25); line++) {
                out.append("    ".repeat(line % 3))
                        .append("value_")
                        .append(line)
                        .append(" = compute(\"")
                        .append(WORDS[r.nextInt(WORDS.length)])
                        .append("\", ")
                        .append(r.nextInt(1000))
                        .append(")\n");
            }
            out.append("```\n");
        }
        out.append("\n## 10. Metadata\n- **Version**: 2.0\n- **Last Updated**: 2025-08-15\n- **Focus**: ")
                .append(topic)
                .append('\n');
        return out.toString();
    }

    /** Writes {@code count} personas under {@code dir}, in ten folders. */
    public static List<Path> write(Path dir, int count) {
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Path folder = dir.resolve("group-" + (i % 10));
                Files.createDirectories(folder);
                Path f = folder.resolve("persona-" + i + ".md");
                Files.writeString(f, persona(i), StandardCharsets.UTF_8);
                files.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String bullets(Random r, int n, boolean boldKeys) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("- ");
            if (boldKeys) {
                out.append("**").append(WORDS[r.nextInt(19)]).append("**: ");
            }
            out.append(sentence(r, 8 + r.nextInt(12))).append('\n');
        }
        return out.toString();
    }

    private static String paragraph(Random r, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            out.append(i == 0 ? "" : " ")
                    .append(sentence(r, 12 + r.nextInt(10)))
                    .append('.');
        }
        return out.toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = r.nextInt(6) == 0 ? TOPICS[r.nextInt(TOPICS.length)] : WORDS[r.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return out.toString();
    }
}
