package org.persona4j;

/**
 * The stable codes of the diagnostics that reading a persona can produce. Codes never change meaning once
 * released; tools may match on them.
 */
public final class DiagnosticCodes {

    /** The file is larger than {@link ReadOptions#maxFileBytes()}; nothing of it was parsed. */
    public static final String FILE_TOO_LARGE = "file.too-large";
    /** The file could not be read (I/O); the message carries the reason. */
    public static final String FILE_UNREADABLE = "file.unreadable";
    /** Bytes that are not UTF-8 were replaced by U+FFFD; the message gives the byte offset. */
    public static final String INVALID_UTF8 = "encoding.invalid-utf8";

    /** No front matter: the persona has no metadata. */
    public static final String FRONT_MATTER_MISSING = "front-matter.missing";
    /** A front matter block was opened with {@code ---} and never closed. */
    public static final String FRONT_MATTER_UNCLOSED = "front-matter.unclosed";
    /** The front matter is larger than {@link ReadOptions#maxFrontMatterBytes()}; it was not parsed. */
    public static final String FRONT_MATTER_TOO_LARGE = "front-matter.too-large";
    /** The front matter is not valid YAML. */
    public static final String FRONT_MATTER_SYNTAX = "front-matter.syntax";
    /**
     * A top-level value contains {@code ": "}, which strict YAML rejects but the tools that use such files accept;
     * the value was read as text.
     */
    public static final String UNQUOTED_COLON = "front-matter.unquoted-colon";
    /** The front matter is valid YAML but not a mapping of keys to values. */
    public static final String FRONT_MATTER_NOT_A_MAPPING = "front-matter.not-a-mapping";
    /** A key occurs twice; the first value is kept. */
    public static final String DUPLICATE_KEY = "front-matter.duplicate-key";
    /** An explicit YAML tag ({@code !!java…}, {@code !!binary}, {@code !foo}); the front matter was rejected. */
    public static final String YAML_TAG = "front-matter.tag";
    /** A YAML anchor or alias; personas never need them and they enable alias bombs; rejected. */
    public static final String YAML_ALIAS = "front-matter.alias";
    /** Collections nested deeper than {@link ReadOptions#maxNestingDepth()}; rejected. */
    public static final String YAML_TOO_DEEP = "front-matter.too-deep";
    /** A key whose value has the wrong shape for its field; the value is kept in {@code extra}. */
    public static final String FIELD_TYPE = "front-matter.field-type";
    /** A plain scalar YAML would read as a boolean, null or number; its text was kept as written. */
    public static final String AMBIGUOUS_SCALAR = "front-matter.ambiguous-scalar";

    /** A fenced code block is never closed: it runs to the end of the file and hides what follows. */
    public static final String UNCLOSED_FENCE = "markdown.unclosed-fence";
    /** A heading swallowed by an unclosed code fence. */
    public static final String HIDDEN_HEADING = "markdown.hidden-heading";
    /** The Markdown parser exceeded its work budget; the body was not parsed. */
    public static final String WORK_BUDGET = "markdown.work-budget";
    /** Block nesting deeper than {@link ReadOptions#maxNestingDepth()}; the body was not parsed. */
    public static final String MARKDOWN_TOO_DEEP = "markdown.too-deep";

    private DiagnosticCodes() {
    }
}
