package org.persona4j.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.persona4j.Dialect;

/**
 * {@code docs/DIALECTS.md} is the dialect tables as people read them: every dialect's keys with their types and
 * the vendor page each comes from, as the code has them today. {@code -Dpersona.dialects.update=true} writes it.
 */
class DialectDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "DIALECTS.md");

    @Test
    void theDialectPageIsWhatTheTablesSay() throws IOException {
        String expected = page();
        if (Boolean.getBoolean("persona.dialects.update")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(
                expected,
                Files.readString(PAGE, StandardCharsets.UTF_8),
                "run with -Dpersona.dialects.update=true to write docs/DIALECTS.md");
    }

    static String page() {
        StringBuilder out = new StringBuilder();
        out.append("# Dialects\n\n")
                .append(
                        "What persona4j knows of each format, as its vendor's tool reads it: written from the tables in ")
                .append("`persona-core`'s `internal/dialect` (`Dialect.spec()`), which everything reads, by ")
                .append("`DialectDocsTest` (`mvn -pl persona-core test -Dtest=DialectDocsTest ")
                .append("-Dpersona.dialects.update=true`). Each key names the vendor page it comes from and the day ")
                .append("it was last compared with it.\n\n")
                .append("| dialect | names on the command line | files | front matter | status |\n")
                .append("|---|---|---|---|---|\n");
        for (Dialect d : Dialect.values()) {
            DialectSpec s = d.spec();
            out.append("| [")
                    .append(s.displayName())
                    .append("](#")
                    .append(anchor(s))
                    .append(") | `")
                    .append(String.join("`, `", s.names()))
                    .append("` | ")
                    .append(files(s.files()))
                    .append(" | ")
                    .append(syntax(s.syntax()))
                    .append(" | ")
                    .append(status(s))
                    .append(" |\n");
        }
        for (Dialect d : Dialect.values()) {
            DialectSpec s = d.spec();
            out.append("\n## ").append(s.displayName()).append("\n\n");
            if (!s.notes().isEmpty()) {
                out.append(s.notes()).append("\n\n");
            }
            out.append("- Files: ")
                    .append(files(s.files()))
                    .append("; written to `")
                    .append(s.files().conventionalPath("NAME"))
                    .append("`; id: ")
                    .append(s.files().id().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(".\n");
            out.append("- Front matter: ")
                    .append(syntax(s.syntax()))
                    .append(s.frontMatterOptional() ? "; a file without it is complete" : "")
                    .append(".\n");
            out.append("- Applies to: ").append(scope(s.scope())).append(".\n");
            if (!s.tools().isEmpty()) {
                out.append("- Tools: ")
                        .append(s.tools().currentNames().size())
                        .append(" names of its own")
                        .append(s.tools().closed() ? ", no others taken" : ", others taken")
                        .append("; MCP tools as ")
                        .append(mcp(s.tools()))
                        .append(".\n");
            }
            if (s.models().naming() != ModelVocabulary.Naming.NONE) {
                out.append("- Models: ")
                        .append(s.models()
                                .naming()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', ' '))
                        .append(
                                s.models().aliases().isEmpty()
                                        ? ""
                                        : " (`" + String.join("`, `", s.models().aliases()) + "`)")
                        .append(".\n");
            }
            if (s.maxBodyChars() > 0) {
                out.append("- Body: read up to ").append(s.maxBodyChars()).append(" characters.\n");
            }
            if (!s.keys().isEmpty()) {
                out.append("\n| key | type | means | needed | default | values | what it is | source |\n")
                        .append("|---|---|---|---|---|---|---|---|\n");
                for (KeySpec k : s.keys()) {
                    out.append("| `")
                            .append(k.name())
                            .append("` | ")
                            .append(k.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .append(k.maxLength() > 0 ? ", ≤ " + k.maxLength() : "")
                            .append(" | ")
                            .append(
                                    k.role() == KeyRole.NONE
                                            ? ""
                                            : k.role()
                                                    .name()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', ' '))
                            .append(" | ")
                            .append(
                                    k.presence() == Presence.OPTIONAL
                                            ? ""
                                            : k.presence().name().toLowerCase(Locale.ROOT))
                            .append(" | ")
                            .append(cell(k.defaultValue()))
                            .append(" | ")
                            .append(k.values().isEmpty() ? "" : "`" + String.join("`, `", k.values()) + "`")
                            .append(" | ")
                            .append(cell(k.help()))
                            .append(
                                    k.isOutdated()
                                            ? " **" + k.status().name().toLowerCase(Locale.ROOT) + "**: write "
                                                    + k.replacement() + " instead."
                                            : "")
                            .append(" | [")
                            .append(cell(k.source().title()))
                            .append("](")
                            .append(k.source().url())
                            .append("), ")
                            .append(k.source().checked())
                            .append(" |\n");
                }
            }
            Set<String> sources = new TreeSet<>();
            s.sources()
                    .forEach(src -> sources.add("[" + src.title() + "](" + src.url() + "), checked " + src.checked()));
            out.append("\nSources: ").append(String.join("; ", sources)).append(".\n");
        }
        return out.toString();
    }

    private static String anchor(DialectSpec s) {
        return s.displayName().toLowerCase(Locale.ROOT).replace(".", "").replace(' ', '-');
    }

    private static String status(DialectSpec s) {
        return s.lifecycle() == Lifecycle.CURRENT
                ? "current"
                : s.lifecycle().name().toLowerCase(Locale.ROOT) + ": write "
                        + s.replacement().spec().displayName();
    }

    private static String files(FileRules f) {
        StringBuilder out = new StringBuilder();
        f.names()
                .forEach(n -> out.append(out.length() == 0 ? "" : ", ")
                        .append('`')
                        .append(n)
                        .append('`'));
        f.suffixes()
                .forEach(n -> out.append(out.length() == 0 ? "" : ", ")
                        .append("`*")
                        .append(n)
                        .append('`'));
        f.folders()
                .forEach(n -> out.append(out.length() == 0 ? "" : ", ")
                        .append('`')
                        .append(n)
                        .append("/**/*.md`"));
        if (out.length() == 0) {
            out.append("any other Markdown file");
        }
        if (f.folderIsUnit()) {
            out.append(", with every file of its folder");
        }
        return out.toString();
    }

    private static String syntax(FrontMatterSyntax s) {
        return switch (s) {
            case YAML -> "strict YAML";
            case YAML_LENIENT -> "YAML; an unquoted `: ` in a value is read as text";
            case LINES -> "a line at a time, `key: rest of the line`";
            case NONE -> "none: the whole file is instructions";
        };
    }

    private static String scope(Scope s) {
        return switch (s.kind()) {
            case NONE -> "chosen by name or description, not by file";
            case DIRECTORY -> "its folder and everything below it; the nearest such file first";
            case REPOSITORY -> "every file of the repository";
            case PATTERNS ->
                "the files `" + s.patternsKey() + "` matches"
                        + (s.alwaysKey().isEmpty() ? "" : ", or every file with `" + s.alwaysKey() + ": true`")
                        + (s.withoutPatterns() ? ", or every file without `" + s.patternsKey() + "`" : "")
                        + (s.scopeWords().isEmpty()
                                ? ""
                                : "; words such as `" + String.join("`, `", s.scopeWords()) + "` mean every file");
        };
    }

    private static String mcp(ToolVocabulary t) {
        return String.join(
                " or ",
                t.mcp().stream()
                        .map(f -> "`" + f.write(new McpTool("server", "tool")) + "`")
                        .toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\\\|").replace("\n", " ");
    }
}
