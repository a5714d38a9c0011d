package org.persona4j.internal.dialect;

import java.util.ArrayList;
import java.util.List;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.DocSource;
import org.persona4j.dialect.FileRules;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.IdRule;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.dialect.Lifecycle;
import org.persona4j.dialect.ModelVocabulary;
import org.persona4j.dialect.Placeholders;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ToolVocabulary;

/** Builds one dialect's {@link DialectSpec}, so that each table reads as a list of facts. Not thread-safe. */
final class Table {

    private final Dialect dialect;
    private final String displayName;
    private List<String> names = List.of();
    private Lifecycle lifecycle = Lifecycle.CURRENT;
    private Dialect replacement;
    private FrontMatterSyntax syntax = FrontMatterSyntax.YAML;
    private final List<KeySpec> keys = new ArrayList<>();
    private List<String> fileNames = List.of();
    private List<String> suffixes = List.of();
    private List<String> folders = List.of();
    private String conventional = "";
    private IdRule id = IdRule.PATH;
    private boolean folderIsUnit;
    private boolean severalPerFile;
    private Scope scope = Scope.NONE;
    private Placeholders placeholders = Placeholders.NONE;
    private ToolVocabulary tools = ToolVocabulary.NONE;
    private ModelVocabulary models = ModelVocabulary.NONE;
    private int maxBodyChars;
    private List<String> sectionKeys = List.of();
    private final List<DocSource> sources = new ArrayList<>();
    private String notes = "";
    private boolean frontMatterOptional;

    private Table(Dialect dialect, String displayName) {
        this.dialect = dialect;
        this.displayName = displayName;
        this.replacement = dialect;
    }

    static Table of(Dialect dialect, String displayName) {
        return new Table(dialect, displayName);
    }

    Table names(String... values) {
        names = List.of(values);
        return this;
    }

    Table retired(Dialect instead) {
        lifecycle = Lifecycle.RETIRED;
        replacement = instead;
        return this;
    }

    Table syntax(FrontMatterSyntax value) {
        syntax = value;
        return this;
    }

    /** The tool uses a file without front matter as it is, so that none is no finding. */
    Table frontMatterOptional() {
        frontMatterOptional = true;
        return this;
    }

    Table key(KeySpec key) {
        keys.add(key);
        return this;
    }

    Table key(String name, KeyType type, DocSource source, String help) {
        return key(KeySpec.of(name, type, source, help));
    }

    /** persona4j's own keys, which every dialect with front matter may carry. */
    Table persona4jKeys() {
        key(KeySpec.of("id", KeyType.TEXT, Sources.PERSONA4J, "An id instead of the one the file's path gives.")
                .role(KeyRole.ID));
        key(KeySpec.of("extends", KeyType.TEXT, Sources.PERSONA4J, "The id of the persona this one refines.")
                .role(KeyRole.EXTENDS));
        key(KeySpec.of(
                        "append",
                        KeyType.COMMA_LIST,
                        Sources.PERSONA4J,
                        "Section kinds that follow the parent's instead of replacing them.")
                .role(KeyRole.APPEND));
        return key(KeySpec.of(
                        "variables",
                        KeyType.MAP,
                        Sources.PERSONA4J,
                        "The {{placeholders}} the persona takes: each name with a type (string, number, boolean, "
                                + "list) or with type, default, required and description.")
                .role(KeyRole.VARIABLES));
    }

    Table fileNames(String... values) {
        fileNames = List.of(values);
        return this;
    }

    Table suffixes(String... values) {
        suffixes = List.of(values);
        return this;
    }

    Table folders(String... values) {
        folders = List.of(values);
        return this;
    }

    Table conventional(String path) {
        conventional = path;
        return this;
    }

    Table id(IdRule rule) {
        id = rule;
        return this;
    }

    Table folderIsUnit() {
        folderIsUnit = true;
        return this;
    }

    Table severalPerFile() {
        severalPerFile = true;
        return this;
    }

    Table scope(Scope value) {
        scope = value;
        return this;
    }

    Table placeholders(Placeholders value) {
        placeholders = value;
        return this;
    }

    Table tools(ToolVocabulary value) {
        tools = value;
        return this;
    }

    Table models(ModelVocabulary value) {
        models = value;
        return this;
    }

    Table maxBodyChars(int value) {
        maxBodyChars = value;
        return this;
    }

    Table sectionKeys(String... keys) {
        sectionKeys = List.of(keys);
        return this;
    }

    Table source(DocSource... values) {
        sources.addAll(List.of(values));
        return this;
    }

    Table notes(String text) {
        notes = text;
        return this;
    }

    DialectSpec build() {
        return new DialectSpec(
                dialect,
                displayName,
                names,
                lifecycle,
                replacement,
                syntax,
                frontMatterOptional,
                keys,
                new FileRules(fileNames, suffixes, folders, conventional, id, folderIsUnit, severalPerFile),
                scope,
                placeholders,
                tools,
                models,
                maxBodyChars,
                sectionKeys,
                sources,
                notes);
    }
}
