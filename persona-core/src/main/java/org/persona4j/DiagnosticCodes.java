package org.persona4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of the diagnostic codes that reading, discovering, cataloguing and merging personas produce: each
 * defined once, with its default severity, description and help. Lint rules add their own codes (see
 * {@code org.persona4j.validation.LintRule}); the linter lists both.
 */
public final class DiagnosticCodes {

    private static final List<DiagnosticCode> ALL = new ArrayList<>();

    // Files: discovery and opening.
    /** {@code file.too-large}: files are within the size limit. */
    public static final DiagnosticCode FILE_TOO_LARGE = define(
            "file.too-large",
            Severity.ERROR,
            "files are within the size limit",
            "Split the file, or raise ReadOptions.maxFileBytes if it is trusted; nothing of it was parsed.");
    /** {@code file.unreadable}: files can be read. */
    public static final DiagnosticCode FILE_UNREADABLE = define(
            "file.unreadable",
            Severity.ERROR,
            "files can be read",
            "Check that the file exists and is readable; the message gives the reason.");
    /** {@code file.binary}: files are text. */
    public static final DiagnosticCode FILE_BINARY = define(
            "file.binary",
            Severity.ERROR,
            "files are text",
            "The file holds NUL bytes or mostly control characters, so it is not a persona; "
                    + "rename it or move it out of the persona folders.");
    /** {@code file.not-a-persona}: Markdown files found in persona folders are personas. */
    public static final DiagnosticCode FILE_NOT_A_PERSONA = define(
            "file.not-a-persona",
            Severity.INFO,
            "Markdown files found in persona folders are personas",
            "The file has neither front matter nor a recognised persona section, so it was left out; add front "
                    + "matter to make it a persona, or name it explicitly to read it anyway.");
    /** {@code file.skipped}: every file found can be read safely. */
    public static final DiagnosticCode FILE_SKIPPED = define(
            "file.skipped",
            Severity.WARNING,
            "every file found can be read safely",
            "Symbolic links, pipes, devices and link loops are skipped; copy the file, or follow links if the "
                    + "target is inside the root.");
    /** {@code file.skipped-folder}: no persona files sit in folders that are never searched. */
    public static final DiagnosticCode FILE_SKIPPED_FOLDER = define(
            "file.skipped-folder",
            Severity.INFO,
            "no persona files sit in folders that are never searched",
            "Folders named .git, node_modules, target or build are never searched; name the folder to read it.");
    /** {@code file.too-many}: a root holds no more files than the cap. */
    public static final DiagnosticCode FILE_TOO_MANY = define(
            "file.too-many",
            Severity.ERROR,
            "a root holds no more files than the cap",
            "Raise maxFiles if so many files are intended.");

    // Bytes.
    /** {@code encoding.invalid-utf8}: files are valid UTF-8. */
    public static final DiagnosticCode INVALID_UTF8 = define(
            "encoding.invalid-utf8",
            Severity.WARNING,
            "files are valid UTF-8",
            "Save the file as UTF-8; the bytes were replaced with U+FFFD.");

    // Front matter.
    /** {@code front-matter.missing}: files start with front matter. */
    public static final DiagnosticCode FRONT_MATTER_MISSING = define(
            "front-matter.missing",
            Severity.WARNING,
            "files start with front matter",
            "Start the file with a '---' line, the metadata (title, version, …) and another '---' line.");
    /** {@code front-matter.misplaced}: front matter opens on the first line. */
    public static final DiagnosticCode FRONT_MATTER_MISPLACED = define(
            "front-matter.misplaced",
            Severity.ERROR,
            "front matter opens on the first line",
            "Tools read front matter only when '---' is the file's first line, at the start of the line: a block after "
                    + "blank lines, or indented, is body text to them, so none of its keys are read. Remove what comes "
                    + "before the '---' line and the indentation of the block.");
    /** {@code front-matter.unclosed}: front matter is closed. */
    public static final DiagnosticCode FRONT_MATTER_UNCLOSED = define(
            "front-matter.unclosed", Severity.ERROR, "front matter is closed", "Add a '---' line after the metadata.");
    /** {@code front-matter.too-large}: front matter is within the size limit. */
    public static final DiagnosticCode FRONT_MATTER_TOO_LARGE = define(
            "front-matter.too-large",
            Severity.ERROR,
            "front matter is within the size limit",
            "Move long text into the body.");
    /** {@code front-matter.syntax}: front matter is valid YAML. */
    public static final DiagnosticCode FRONT_MATTER_SYNTAX = define(
            "front-matter.syntax",
            Severity.ERROR,
            "front matter is valid YAML",
            "Fix the YAML at the line and column given.");
    /** {@code front-matter.unquoted-colon}: values containing ': ' are quoted. */
    public static final DiagnosticCode UNQUOTED_COLON = define(
            "front-matter.unquoted-colon",
            Severity.INFO,
            "values containing ': ' are quoted",
            "The dialect's tool (Claude Code, Copilot, an Agent Skills client) reads such a value as the rest of its "
                    + "line, and so did persona4j; strict YAML readers reject it. Quote the value to be read the same "
                    + "everywhere.");
    /** {@code front-matter.line-syntax}: front matter read a line at a time is also valid YAML. */
    public static final DiagnosticCode FRONT_MATTER_LINE_SYNTAX = define(
            "front-matter.line-syntax",
            Severity.INFO,
            "front matter read a line at a time is also valid YAML",
            "Cursor reads a rule's front matter a line at a time ('key: rest of the line'), and so did persona4j; "
                    + "strict YAML readers reject this file (unquoted globs such as **/*.ts are YAML aliases). Nothing "
                    + "to change for Cursor, whose globs must stay unquoted.");
    /** {@code front-matter.ignored-line}: every front-matter line is read. */
    public static final DiagnosticCode FRONT_MATTER_IGNORED_LINE = define(
            "front-matter.ignored-line",
            Severity.WARNING,
            "every front-matter line is read",
            "The dialect's tool reads front matter a line at a time as 'key: value' and ignores other lines, such as "
                    + "YAML list items; write each value on its key's line.");
    /** {@code front-matter.not-a-mapping}: front matter maps keys to values. */
    public static final DiagnosticCode FRONT_MATTER_NOT_A_MAPPING = define(
            "front-matter.not-a-mapping",
            Severity.ERROR,
            "front matter maps keys to values",
            "Write the front matter as 'key: value' lines.");
    /** {@code front-matter.duplicate-key}: no key is given twice. */
    public static final DiagnosticCode DUPLICATE_KEY = define(
            "front-matter.duplicate-key",
            Severity.ERROR,
            "no key is given twice",
            "Remove one of the two; YAML readers use the last value, and so does persona4j.");
    /** {@code front-matter.line-separator}: no line or paragraph separator in front matter. */
    public static final DiagnosticCode FRONT_MATTER_LINE_SEPARATOR = define(
            "front-matter.line-separator",
            Severity.ERROR,
            "no line separator (U+2028), paragraph separator (U+2029) or next-line character (U+0085) in front matter",
            "YAML reads these as line breaks, but editors, diff views and terminals show one line, so a key after "
                    + "one is a key nobody sees. persona4j reads them as YAML does and counts lines the same way; "
                    + "replace each with a line break (persona lint --fix does).");
    /** {@code front-matter.tag}: no explicit YAML tags. */
    public static final DiagnosticCode YAML_TAG = define(
            "front-matter.tag",
            Severity.ERROR,
            "no explicit YAML tags",
            "Remove the tag ('!!java…', '!!binary', '!foo'); personas never need one.");
    /** {@code front-matter.alias}: no YAML anchors or aliases. */
    public static final DiagnosticCode YAML_ALIAS = define(
            "front-matter.alias",
            Severity.ERROR,
            "no YAML anchors or aliases",
            "Write the value out; anchors and aliases enable alias bombs.");
    /** {@code front-matter.too-deep}: front matter is not deeply nested. */
    public static final DiagnosticCode YAML_TOO_DEEP = define(
            "front-matter.too-deep",
            Severity.ERROR,
            "front matter is not deeply nested",
            "Flatten the nesting below ReadOptions.maxNestingDepth.");
    /** {@code front-matter.second-document}: front matter is one YAML document. */
    public static final DiagnosticCode FRONT_MATTER_SECOND_DOCUMENT = define(
            "front-matter.second-document",
            Severity.ERROR,
            "front matter is one YAML document",
            "Remove the second document ('---' or '...' inside the front matter); it would be lost.");
    /** {@code front-matter.field-type}: values have the shape of their field. */
    public static final DiagnosticCode FIELD_TYPE = define(
            "front-matter.field-type",
            Severity.WARNING,
            "values have the shape of their field",
            "Give the key a value of the shape its dialect documents; until then the value is kept as written but not "
                    + "read as that shape.");
    /** {@code front-matter.ambiguous-scalar}: text that YAML would read as a boolean, null or number is quoted. */
    public static final DiagnosticCode AMBIGUOUS_SCALAR = define(
            "front-matter.ambiguous-scalar",
            Severity.WARNING,
            "text that YAML would read as a boolean, null or number is quoted",
            "Quote the value; its text was kept as written.");

    // Body.
    /** {@code markdown.unclosed-fence}: code fences are closed. */
    public static final DiagnosticCode UNCLOSED_FENCE = define(
            "markdown.unclosed-fence",
            Severity.WARNING,
            "code fences are closed",
            "Close the fence; it runs to the end of the file and hides what follows.");
    /** {@code markdown.hidden-heading}: no heading is hidden inside an unclosed code fence. */
    public static final DiagnosticCode HIDDEN_HEADING = define(
            "markdown.hidden-heading",
            Severity.WARNING,
            "no heading is hidden inside an unclosed code fence",
            "Close the code fence above the heading.");
    /** {@code markdown.work-budget}: the body can be parsed within the work budget. */
    public static final DiagnosticCode WORK_BUDGET = define(
            "markdown.work-budget",
            Severity.ERROR,
            "the body can be parsed within the work budget",
            "Simplify the construct named in the message; the body was not parsed.");
    /** {@code markdown.long-run}: no block holds thousands of lines, or many link reference definitions or character references, without a blank line. */
    public static final DiagnosticCode MARKDOWN_LONG_RUN = define(
            "markdown.long-run",
            Severity.WARNING,
            "no block holds thousands of lines, or many link reference definitions or character references, "
                    + "without a blank line",
            "Put blank lines between groups; the parser skipped a little of each very long run (the text is kept).");
    /** {@code markdown.too-deep}: the body is not deeply nested. */
    public static final DiagnosticCode MARKDOWN_TOO_DEEP = define(
            "markdown.too-deep",
            Severity.ERROR,
            "the body is not deeply nested",
            "Flatten the nesting; the body was not parsed.");

    // Catalogs and merging.
    /** {@code catalog.override}: no later root replaces a persona of an earlier one. */
    public static final DiagnosticCode CATALOG_OVERRIDE = define(
            "catalog.override",
            Severity.INFO,
            "no later root replaces a persona of an earlier one",
            "Nothing to do if the override is intended.");
    /** {@code catalog.duplicate-id}: no two files of a root share an id and version. */
    public static final DiagnosticCode CATALOG_DUPLICATE_ID = define(
            "catalog.duplicate-id",
            Severity.WARNING,
            "no two files of a root share an id and version",
            "Give one file another id or version.");
    /** {@code catalog.failed}: every file reads on reload. */
    public static final DiagnosticCode CATALOG_FAILED = define(
            "catalog.failed",
            Severity.WARNING,
            "every file reads on reload",
            "Fix the file; its previous version is kept until then.");
    /** {@code catalog.torn-read}: files are not rewritten while a catalog reloads them. */
    public static final DiagnosticCode CATALOG_TORN_READ = define(
            "catalog.torn-read",
            Severity.WARNING,
            "files are not rewritten while a catalog reloads them",
            "The file changed while it was read, or lost its front matter or its content since its last good "
                    + "version; the previous version is kept until it reads whole again.");
    /** {@code catalog.id-shadows}: a front-matter id does not take another file's id. */
    public static final DiagnosticCode CATALOG_ID_SHADOWS = define(
            "catalog.id-shadows",
            Severity.WARNING,
            "a front-matter id does not take another file's id",
            "Give the persona an id no other file has, or remove the 'id' key to use its path.");
    /** {@code persona.extends-missing}: 'extends' names a persona of the catalog. */
    public static final DiagnosticCode EXTENDS_MISSING = define(
            "persona.extends-missing",
            Severity.ERROR,
            "'extends' names a persona of the catalog",
            "Name an existing persona, or add the parent.");
    /** {@code persona.extends-cycle}: 'extends' makes no cycle. */
    public static final DiagnosticCode EXTENDS_CYCLE = define(
            "persona.extends-cycle",
            Severity.ERROR,
            "'extends' makes no cycle",
            "Break the cycle shown in the message.");
    /** {@code persona.append-unknown}: 'append:' names section kinds that exist. */
    public static final DiagnosticCode APPEND_UNKNOWN = define(
            "persona.append-unknown",
            Severity.WARNING,
            "'append:' names section kinds that exist",
            "Use a section kind such as constraints or directives.");

    /** {@code convert.mismatch}: a converted file reads back with the values it was given. */
    public static final DiagnosticCode CONVERT_MISMATCH = define(
            "convert.mismatch",
            Severity.ERROR,
            "a converted file reads back with the values it was given",
            "The target dialect reads this field differently from how it was written; report it, with the source "
                    + "file.");
    /** {@code convert.exists}: convert does not overwrite a file. */
    public static final DiagnosticCode CONVERT_EXISTS = define(
            "convert.exists",
            Severity.ERROR,
            "convert does not overwrite a file",
            "Remove the file, choose another --out, or pass --force.");
    /** {@code convert.unread-front-matter}: a file is converted only when its front matter reads. */
    public static final DiagnosticCode CONVERT_UNREAD_FRONT_MATTER = define(
            "convert.unread-front-matter",
            Severity.ERROR,
            "a file is converted only when its front matter reads",
            "Fix the front-matter errors reported for the file first: the keys that did not read would be missing "
                    + "from the converted file, and the ledger could not name them.");
    /** {@code convert.clash}: two converted personas do not go to the same file. */
    public static final DiagnosticCode CONVERT_CLASH = define(
            "convert.clash",
            Severity.ERROR,
            "two converted personas do not go to the same file",
            "Give one of them another name (its 'name' or title decides the file name).");

    // Skills at run time.
    /** {@code skill.unknown}: a skill asked for is one the catalog holds. */
    public static final DiagnosticCode SKILL_UNKNOWN = define(
            "skill.unknown",
            Severity.ERROR,
            "a skill asked for is one the catalog holds",
            "Ask for one of the names the skill list gives.");
    /** {@code skill.path-refused}: a bundled file asked for is inside its skill's folder. */
    public static final DiagnosticCode SKILL_PATH_REFUSED = define(
            "skill.path-refused",
            Severity.ERROR,
            "a bundled file asked for is inside its skill's folder",
            "Give a path relative to the skill's folder, as the skill's file list shows it: no '..', no absolute "
                    + "path, no symbolic link, no hidden file.");
    /** {@code skill.file-missing}: a bundled file asked for exists. */
    public static final DiagnosticCode SKILL_FILE_MISSING = define(
            "skill.file-missing",
            Severity.ERROR,
            "a bundled file asked for exists",
            "Ask for one of the paths the skill's file list gives.");

    // Routing sets.
    /** {@code routing.case-invalid}: each case of a routing set has a task and the ids to pick. */
    public static final DiagnosticCode ROUTING_CASE_INVALID = define(
            "routing.case-invalid",
            Severity.ERROR,
            "each case of a routing set has a task and the ids to pick",
            "Write the file as 'cases:', a list of mappings with 'task' (text), 'expect' (a list of ids), and "
                    + "optionally 'near-misses' (a list of ids) and 'paraphrased' (true or false).");
    /** {@code routing.unknown-id}: an id a routing case names is one the catalog holds. */
    public static final DiagnosticCode ROUTING_UNKNOWN_ID = define(
            "routing.unknown-id",
            Severity.WARNING,
            "an id a routing case names is one the catalog holds",
            "Use the ids 'persona query' lists for the catalog; a case whose expected ids are all unknown cannot pass.");

    private static final Map<String, DiagnosticCode> BY_CODE = index();

    private DiagnosticCodes() {}

    /** {@return every code of the registry, sorted by code} */
    public static List<DiagnosticCode> all() {
        return List.copyOf(BY_CODE.values());
    }

    /**
     * {@return the registered code with this name}
     *
     * @param code a code such as {@code front-matter.duplicate-key}
     */
    public static Optional<DiagnosticCode> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static DiagnosticCode define(String code, Severity severity, String description, String help) {
        DiagnosticCode c = new DiagnosticCode(code, severity, description, help);
        ALL.add(c);
        return c;
    }

    private static Map<String, DiagnosticCode> index() {
        Map<String, DiagnosticCode> map = new TreeMap<>();
        for (DiagnosticCode c : ALL) {
            if (map.putIfAbsent(c.code(), c) != null) {
                throw new IllegalStateException("code defined twice: " + c.code());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
