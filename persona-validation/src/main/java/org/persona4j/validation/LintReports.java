package org.persona4j.validation;

import java.nio.file.Path;
import org.persona4j.validation.internal.JsonReport;
import org.persona4j.validation.internal.SarifReport;
import org.persona4j.validation.internal.TextReport;

/** Renders a {@link LintReport} for people (text), tools (JSON) and code scanning (SARIF 2.1.0). */
public final class LintReports {

    private LintReports() {}

    /**
     * {@return {@code file:line:col: severity code message} for each finding, with the offending line and a caret, then
     * a summary line} Invisible characters in shown lines are written as {@code <U+XXXX>} so that the report itself
     * cannot hide anything.
     *
     * @param report the report to write
     */
    public static String text(LintReport report) {
        return TextReport.render(report);
    }

    /**
     * {@link #text(LintReport)}, with the severities in ANSI colours when {@code colour} is set (for a terminal).
     *
     * @param report the report to write
     * @param colour whether to colour the severities
     * @return the text
     */
    public static String text(LintReport report, boolean colour) {
        return TextReport.render(report, colour);
    }

    /**
     * {@return a JSON document: a summary, the counts per code, and each file's findings}
     *
     * @param report the report to write
     */
    public static String json(LintReport report) {
        return JsonReport.render(report);
    }

    /**
     * {@return a SARIF 2.1.0 log, as GitHub code scanning accepts it} File locations are written relative to
     * {@code base} (usually the repository root) when they are inside it.
     *
     * @param report the report to write
     * @param base   the folder locations are relative to
     */
    public static String sarif(LintReport report, Path base) {
        return SarifReport.render(report, base);
    }
}
