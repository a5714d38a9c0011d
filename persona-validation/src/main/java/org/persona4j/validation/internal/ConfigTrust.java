package org.persona4j.validation.internal;

import java.util.Set;

/**
 * What nothing inside the linted tree may switch off (docs/SECURITY.md, "Trust"): whoever wrote the files may have
 * written the configuration found beside them, their {@code .gitignore} files, a baseline and the directives in them
 * too. Only a configuration the caller names ({@code --config}) may lower or switch off these codes, or ignore the
 * files that have them.
 */
public final class ConfigTrust {

    /**
     * Hidden text (bidi controls, tag characters, control characters, zero-width and other invisible characters),
     * a file that disagrees with itself (duplicate keys, line separators inside front matter) and a file taking
     * another's id.
     */
    public static final Set<String> PROTECTED = Set.of(
            "text.bidi-control",
            "text.tag-character",
            "text.control-character",
            "text.zero-width",
            "text.direction-mark",
            "text.invisible-character",
            "text.variation-selector",
            "text.private-use",
            "dialect.hidden-name",
            "front-matter.duplicate-key",
            "front-matter.line-separator",
            "set.duplicate-id",
            "catalog.id-shadows");

    private ConfigTrust() {}
}
