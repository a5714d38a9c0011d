package org.persona4j.internal.dialect;

import static org.persona4j.dialect.KeyType.BOOLEAN;
import static org.persona4j.dialect.KeyType.COMMA_LIST;
import static org.persona4j.dialect.KeyType.TEXT;

import java.util.List;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.FrontMatterSyntax;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ScopeKind;

/**
 * Cursor project rules ({@code .cursor/rules/*.mdc}). Cursor reads their front matter a line at a time, not as
 * YAML: {@code globs: **}{@code /*.tsx, **}{@code /*.jsx} is two globs, and quotes or brackets stay part of them.
 */
final class CursorRuleTable {

    private CursorRuleTable() {}

    static DialectSpec spec() {
        var s = Sources.CURSOR_RULES;
        return Table.of(Dialect.CURSOR_RULE, "Cursor rule")
                .names("cursor", "cursor-rule")
                .syntax(FrontMatterSyntax.LINES)
                .key(KeySpec.of(
                                "description",
                                TEXT,
                                s,
                                "When the rule is useful; the agent reads it to decide whether to apply the rule.")
                        .role(KeyRole.DESCRIPTION))
                .key(KeySpec.of(
                                "globs",
                                COMMA_LIST,
                                s,
                                "Globs of the files that attach the rule, separated by commas, unquoted: "
                                        + "src/**/*.tsx,docs/**/*.md.")
                        .role(KeyRole.PATTERNS))
                .key(KeySpec.of("alwaysApply", BOOLEAN, s, "true to include the rule in every request.")
                        .role(KeyRole.ALWAYS)
                        .byDefault("false"))
                .persona4jKeys()
                .suffixes(".mdc")
                .conventional(".cursor/rules/{name}.mdc")
                .scope(new Scope(
                        ScopeKind.PATTERNS, "globs", "alwaysApply", false, List.of(".cursor"), List.of(), false))
                .source(s, Sources.CURSOR_PARSING)
                .notes("Each front-matter line is 'key: rest of the line'. Quotes around a glob stay part of it and "
                        + "the rule then matches no file; a YAML list of globs is not read. alwaysApply: true applies "
                        + "the rule everywhere; globs attach it to matching files; a description alone lets the agent "
                        + "decide; none of them: only when mentioned. A Markdown file kept elsewhere (a collection of "
                        + "rules) with globs or alwaysApply and no title is read as a rule too.")
                .build();
    }
}
