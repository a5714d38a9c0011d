package org.persona4j.validation.internal;

import java.util.Locale;
import org.persona4j.validation.RuleInfo;

/** The page of a rule, {@code docs/rules/<code>.md}, and its help in SARIF: made from the rule registry. */
public final class RuleDocs {

    private RuleDocs() {}

    /** The Markdown of a rule's page. */
    public static String markdown(RuleInfo r) {
        return "# `" + r.code() + "`\n\n"
                + "Default level: **" + r.defaultSeverity().name().toLowerCase(Locale.ROOT) + "**\n\n"
                + "## What it checks\n\n" + capitalized(r.description()) + ".\n\n"
                + "## What to do\n\n" + r.help() + "\n\n"
                + "## Turning it off\n\n"
                + "In `.persona-lint.yaml`:\n\n```yaml\nrules:\n  " + r.code() + ": off\n```\n\n"
                + "For one place in a file: `<!-- persona-lint-disable-next-line " + r.code() + " -->`.\n";
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
