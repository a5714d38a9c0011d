package org.persona4j.validation.internal;

import java.util.Locale;
import org.persona4j.validation.RuleInfo;

/** The page of a rule, {@code docs/rules/<code>.md}, and its help in SARIF: made from the rule registry. */
public final class RuleDocs {

    private RuleDocs() {}

    /** The Markdown of a rule's page. */
    public static String markdown(RuleInfo r) {
        String level = r.defaultSeverity().name().toLowerCase(Locale.ROOT);
        String head = "# `" + r.code() + "`\n\n"
                + (r.onByDefault()
                        ? "Default level: **" + level + "**\n\n"
                        : "Default level: **off** (an opt-in rule; **" + level + "** once turned on)\n\n")
                + "## What it checks\n\n" + capitalized(r.description()) + ".\n\n"
                + "## What to do\n\n" + r.help() + "\n\n";
        if (r.code().startsWith("convert.")) {
            // Said by persona convert, not by the lint: no lint configuration reaches it.
            return head + "## Turning it off\n\n"
                    + "It cannot be: `persona convert` reports it, not the lint, so `.persona-lint.yaml` and "
                    + "`persona-lint-disable` comments do not reach it. Resolve what it names and convert again.\n";
        }
        return r.onByDefault()
                ? head + "## Turning it off\n\n"
                        + "In `.persona-lint.yaml`:\n\n```yaml\nrules:\n  " + r.code() + ": off\n```\n\n"
                        + "For one place in a file: `<!-- persona-lint-disable-next-line " + r.code() + " -->`.\n"
                : head + "## Turning it on\n\n"
                        + "In `.persona-lint.yaml`:\n\n```yaml\nrules:\n  " + r.code() + ": " + level + "\n```\n\n"
                        + "For one run: `persona lint --rule " + r.code() + "=" + level + "`.\n";
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
