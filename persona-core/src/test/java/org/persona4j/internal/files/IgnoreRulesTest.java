package org.persona4j.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The .gitignore semantics discovery relies on, pattern by pattern (decide: 1 ignored, 0 re-included, -1 none). */
class IgnoreRulesTest {

    private static final IgnoreRules RULES = IgnoreRules.none()
            .with(
                    "/repo",
                    List.of(
                            "# a comment",
                            "",
                            "drafts/",
                            "*.tmp.md",
                            "!keep.tmp.md",
                            "/root-only.md",
                            "docs/private/**",
                            "\\#hash.md"));

    @Test
    void aPatternWithoutASlashMatchesANameAtAnyDepth() {
        assertEquals(1, RULES.decide("/repo/a/b/x.tmp.md", false));
        assertEquals(1, RULES.decide("/repo/x.tmp.md", false));
    }

    @Test
    void theLastMatchingPatternWinsAndCanReInclude() {
        assertEquals(0, RULES.decide("/repo/deep/keep.tmp.md", false));
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        assertEquals(1, RULES.decide("/repo/x/drafts", true));
        assertEquals(-1, RULES.decide("/repo/x/drafts", false));
    }

    @Test
    void aLeadingOrInnerSlashAnchorsToTheBase() {
        assertEquals(1, RULES.decide("/repo/root-only.md", false));
        assertEquals(-1, RULES.decide("/repo/sub/root-only.md", false));
        assertEquals(1, RULES.decide("/repo/docs/private/a/b.md", false));
        assertEquals(-1, RULES.decide("/repo/other/docs/private/b.md", false));
    }

    @Test
    void patternsApplyOnlyBelowTheirBaseAndCommentsAreIgnored() {
        assertEquals(-1, RULES.decide("/elsewhere/x.tmp.md", false));
        assertEquals(-1, RULES.decide("/repo/# a comment", false));
        assertEquals(1, RULES.decide("/repo/#hash.md", false));
    }
}
