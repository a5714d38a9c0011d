package org.persona4j.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.SourceSpan;
import org.persona4j.internal.dialect.Detection;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;
import org.persona4j.spi.SourceInput;

/**
 * Which Markdown files found in a folder are not personas, and what {@code file.not-a-persona} says of them: other
 * tools' files whose front matter configures something else ({@link #otherFormat}), a repository's own documents
 * without front matter ({@link #isRepositoryDocument}), and files with neither front matter nor sections that describe
 * a role ({@link #hasPersonaSection}). {@link ReadCore} asks; a file named explicitly is always read.
 */
final class NotPersonas {

    private NotPersonas() {}

    /**
     * The names of the documents a repository keeps about itself (README, CONTRIBUTING, CHANGELOG, CODE_OF_CONDUCT,
     * LICENSE, a single issue or pull request template), which a collection of personas holds beside them: found in a
     * folder without a front matter that names a persona ({@link #namesAPersona}), such a file is not a persona even
     * when a heading reads like a persona section ("## When to Use", "## Best Practices"), so that an index of a
     * collection never answers a task with it.
     */
    private static final Set<String> REPOSITORY_DOCUMENTS = Set.of(
            "readme",
            "contributing",
            "changelog",
            "code_of_conduct",
            "code-of-conduct",
            "license",
            "licence",
            "pull_request_template",
            "issue_template");

    /**
     * Whether front matter names a persona: a {@code title}, {@code name} or {@code description}, which every dialect's
     * persona has one of. A repository's document with front matter of another kind (a Hugging Face model card's
     * {@code license} and {@code library_name}, a site generator's {@code layout}) describes the repository.
     */
    static boolean namesAPersona(PersonaMetadata metadata) {
        for (String key : List.of("title", "name", "description")) {
            if (metadata.value(key).isPresent() || metadata.span(key).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the input's file is one of {@link #REPOSITORY_DOCUMENTS}, whatever its case and Markdown extension. */
    static boolean isRepositoryDocument(SourceInput input) {
        String name = Formats.fileName(input).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = name.substring(dot + 1);
        return (extension.equals("md") || extension.equals("markdown"))
                && REPOSITORY_DOCUMENTS.contains(name.substring(0, dot));
    }

    /**
     * Whether the input is a Claude Code plugin's settings file, {@code .claude/<plugin>.local.md} (YAML settings
     * over notes, such as hookify's rules), which no dialect claims: {@code CLAUDE.local.md} is Claude Code's own
     * memory file and is claimed by its name.
     */
    private static boolean isPluginSettings(SourceInput input) {
        String name = Formats.fileName(input).toLowerCase(Locale.ROOT);
        return name.endsWith(".local.md") && name.length() > ".local.md".length() && !claimedByPath(input);
    }

    /**
     * What another tool's Markdown file is, when the input is one whose front matter configures something other than
     * a persona, or {@code null}: a Claude Code plugin's settings file ({@link #isPluginSettings}); a GitHub Agentic
     * Workflow, a Markdown file in {@code .github/workflows} that {@code gh aw compile} turns into a {@code .lock.yml}
     * (github.github.io/gh-aw/reference/workflow-structure, read 2026-12-07); or a GitHub issue or pull request
     * template, a Markdown file in a folder {@code ISSUE_TEMPLATE} or {@code PULL_REQUEST_TEMPLATE}, any case, wherever
     * it lies (GitHub reads it in {@code .github}, {@code docs} or the root), whose front matter ({@code name},
     * {@code about}, {@code title}, {@code labels}, {@code assignees}) fills in a new issue (docs.github.com,
     * "Configuring issue templates for your repository" and "Creating a pull request template for your repository",
     * read 2026-12-07); or another coding agent's rules ({@link #OTHER_TOOLS_FOLDERS}) that no dialect claims by name.
     */
    static String otherFormat(SourceInput input) {
        if (isPluginSettings(input)) {
            return "a Claude Code plugin's settings file (NAME.local.md)";
        }
        String path = input.file().map(String::valueOf).orElse(input.label());
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md")) {
            return null;
        }
        if (Detection.inFolder(path, ".github/workflows")) {
            return "a GitHub Agentic Workflow (.github/workflows/NAME.md, compiled by gh aw)";
        }
        if (Detection.inFolder(lower, "issue_template") || Detection.inFolder(lower, "pull_request_template")) {
            return "a GitHub issue or pull request template (ISSUE_TEMPLATE/NAME.md, PULL_REQUEST_TEMPLATE/NAME.md)";
        }
        String tool = otherToolsFile(lower);
        return tool == null || claimedByPath(input) ? null : tool + ", which persona4j has no dialect for";
    }

    /**
     * The folders other coding agents read their rules (and Continue its prompts) from, each with the tool's own front
     * matter (Windsurf's {@code trigger}, Kiro's {@code inclusion}, Continue's {@code name}, {@code regex} and
     * {@code invokable}, Cline's {@code paths}) or none, as their documentation describes them (read 2026-12-07):
     * docs.windsurf.com/windsurf/cascade/memories, kiro.dev/docs/steering,
     * docs.continue.dev/customize/deep-dives/rules and …/prompts, docs.cline.bot/customization/cline-rules,
     * docs.roocode.com/features/custom-instructions,
     * docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/context-project-rules.html. Read as AI-LEY personas, Cursor rules
     * or Claude subagents, they got findings about keys their tools read and sections they never have.
     */
    private static final List<Map.Entry<String, String>> OTHER_TOOLS_FOLDERS = List.of(
            Map.entry("/.windsurf/rules/", "Windsurf's rules (.windsurf/rules)"),
            Map.entry("/.kiro/steering/", "Kiro's steering files (.kiro/steering)"),
            Map.entry("/.continue/rules/", "Continue's rules (.continue/rules)"),
            Map.entry("/.continue/prompts/", "Continue's prompts (.continue/prompts)"),
            Map.entry("/.clinerules/", "Cline's rules (.clinerules)"),
            Map.entry("/.cline/rules/", "Cline's rules (.cline/rules)"),
            Map.entry("/.roo/rules/", "Roo Code's rules (.roo/rules)"),
            Map.entry("/.roo/rules-", "Roo Code's rules for a mode (.roo/rules-MODE)"),
            Map.entry("/.amazonq/rules/", "Amazon Q Developer's project rules (.amazonq/rules)"));

    /** Which other tool's folder a lower-case path lies in (at any depth below it), or {@code null}. */
    private static String otherToolsFile(String lowerPath) {
        String p = "/" + (lowerPath.indexOf('\\') >= 0 ? lowerPath.replace('\\', '/') : lowerPath);
        for (Map.Entry<String, String> e : OTHER_TOOLS_FOLDERS) {
            if (p.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    static Diagnostic notAPersona(SourceInput input) {
        String other = otherFormat(input);
        if (other != null) {
            return DiagnosticCodes.FILE_NOT_A_PERSONA.at(
                    input.label(), SourceSpan.FILE, other + ", not a persona; name it explicitly to read it anyway");
        }
        return DiagnosticCodes.FILE_NOT_A_PERSONA.at(
                input.label(),
                SourceSpan.FILE,
                isRepositoryDocument(input)
                        ? "a repository's own document (README, CONTRIBUTING, CHANGELOG…) without a front matter that "
                                + "names a persona (a title, name or description), so it is not read as one; name it "
                                + "explicitly to read it anyway"
                        : "neither front matter nor sections that describe a role (two of '## Role Summary', "
                                + "'## Capabilities', '## Constraints' and the like), so this Markdown file is not read "
                                + "as a persona; name it explicitly to read it anyway");
    }

    /** Whether a dialect claims the file by its name or folder (AGENTS.md, *.instructions.md…), front matter or not. */
    static boolean claimedByPath(SourceInput input) {
        return Dialect.fromPath(input.file().map(String::valueOf).orElse(input.label()))
                .isPresent();
    }

    /**
     * Whether a body without front matter reads as a persona's: sections of at least two kinds that describe a role
     * (who it is, its goals, capabilities, knowledge, constraints, directives, how it interacts), not counting headings
     * any document has ("Overview", "Introduction", "Best Practices", "Guidelines", "Workflow") nor examples,
     * templates and metadata. A guide with an overview, examples and best practices is documentation; a prompt with a
     * profile, skills and rules is a persona.
     */
    static boolean hasPersonaSection(PersonaBody body) {
        EnumSet<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (Section s : body.sections()) {
            if (ROLE_KINDS.contains(s.kind()) && !SectionAliases.isGeneric(s.heading())) {
                kinds.add(s.kind());
            }
        }
        return kinds.size() >= 2;
    }

    /**
     * The kinds of section that describe a role, the reference layout's first seven, rather than show it (examples,
     * templates, metadata).
     */
    private static final Set<SectionKind> ROLE_KINDS = EnumSet.range(SectionKind.ROLE_SUMMARY, SectionKind.INTERACTION);
}
