package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.DATE;
import static org.persona4j.dialect.KeyType.LIST;
import static org.persona4j.dialect.KeyType.LIST_OR_COMMAS;
import static org.persona4j.dialect.KeyType.NUMBER;
import static org.persona4j.dialect.KeyType.TEXT;
import static org.persona4j.dialect.KeyType.VERSION;

import java.util.List;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Placeholders;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ScopeKind;

/**
 * AI-LEY personas, the reference format: twelve keys in strict YAML, sections by meaning. Its {@code applyTo} holds
 * globs or words that name an audience ({@code general}, {@code business}); such a word means every file.
 */
final class AiLeyTable {

    private AiLeyTable() {}

    static DialectSpec spec() {
        var s = Sources.AI_LEY;
        return Table.of(Dialect.AI_LEY, "AI-LEY persona")
                .names("ai-ley", "persona")
                .syntax(FrontMatterSyntax.YAML)
                .key(KeySpec.of("title", TEXT, s, "The persona's name for people.")
                        .role(KeyRole.TITLE)
                        .required())
                .key(KeySpec.of("version", VERSION, s, "A Semantic Version such as 1.2.0.")
                        .role(KeyRole.VERSION))
                .key(KeySpec.of("author", TEXT, s, "Who wrote or owns the persona.")
                        .role(KeyRole.AUTHOR))
                .key(KeySpec.of("description", TEXT, s, "One or two sentences on what the persona is for.")
                        .role(KeyRole.DESCRIPTION))
                .key(KeySpec.of("keywords", LIST, s, "Words to find the persona by.")
                        .role(KeyRole.KEYWORDS))
                .key(KeySpec.of("lastUpdated", DATE, s, "When it last changed: 2025-01-15 or a date-time.")
                        .role(KeyRole.UPDATED))
                .key(KeySpec.of("summaryScore", NUMBER, s, "A quality score within the configured range.")
                        .role(KeyRole.SCORE))
                .key(KeySpec.of("agentMode", TEXT, s, "How the agent works, such as 'analysis'.")
                        .role(KeyRole.MODE))
                .key(KeySpec.of(
                                "applyTo",
                                LIST_OR_COMMAS,
                                s,
                                "Globs of the files the persona applies to, or a word naming its audience "
                                        + "('general'), which means every file.")
                        .role(KeyRole.PATTERNS))
                .key(KeySpec.of("extensions", LIST, s, "File extensions the persona works on.")
                        .role(KeyRole.EXTENSIONS))
                .key(KeySpec.of("guidelines", TEXT, s, "Guidelines the persona follows.")
                        .role(KeyRole.GUIDELINES))
                .key(KeySpec.of("instructionType", TEXT, s, "The kind of instructions, such as 'persona'.")
                        .role(KeyRole.INSTRUCTION_TYPE))
                .key(KeySpec.of(
                                "name",
                                TEXT,
                                Sources.PERSONA4J,
                                "A short name commands find the persona by, besides its id.")
                        .role(KeyRole.NAME))
                .persona4jKeys()
                .conventional("personas/{name}.md")
                .scope(new Scope(
                        ScopeKind.PATTERNS,
                        "applyTo",
                        "",
                        false,
                        List.of(),
                        List.of("general", "business", "engineer", "grant-writing"),
                        true))
                .placeholders(Placeholders.MUSTACHE)
                .source(s, Sources.PERSONA4J)
                .notes("Strict YAML. Any Markdown file that no other dialect claims is read as an AI-LEY persona.")
                .build();
    }
}
