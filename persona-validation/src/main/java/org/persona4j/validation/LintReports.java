package org.persona4j.validation;

import java.nio.file.Path;
import org.persona4j.validation.internal.GithubReport;
import org.persona4j.validation.internal.GitlabReport;
import org.persona4j.validation.internal.JsonReport;
import org.persona4j.validation.internal.SarifReport;
import org.persona4j.validation.internal.TextReport;
import org.persona4j.validation.internal.XmlReports;

/**
 * Renders a {@link LintReport} for people (text), tools (JSON), code scanning (SARIF 2.1.0) and CI servers (GitHub
 * workflow commands, JUnit XML, Checkstyle XML, GitLab Code Quality). Every form marks the findings {@code persona lint
 * --fix} can fix.
 */
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
        return sarif(report, base, "persona4j");
    }

    /**
     * {@return a SARIF 2.1.0 log whose run has its own category} Code scanning keeps the latest results of each
     * category, so reports of different kinds (lint's {@code persona4j}, diff's {@code persona4j-diff}) need
     * their own, or each upload replaces the other's alerts.
     *
     * @param report   the report to write
     * @param base     the folder locations are relative to
     * @param category the run's category, written as its {@code automationDetails.id}
     */
    public static String sarif(LintReport report, Path base, String category) {
        return SarifReport.render(report, base, category);
    }

    /**
     * {@return GitHub Actions workflow commands, one per finding ({@code ::warning file=…,line=…,title=CODE::message}),
     * which a workflow's log shows as annotations on the lines} Paths are relative to {@code base}, the repository's
     * root.
     *
     * @param report the report to write
     * @param base   the folder paths are relative to
     */
    public static String github(LintReport report, Path base) {
        return GithubReport.render(report, base);
    }

    /**
     * {@return a JUnit XML report: a test suite per file, a failing test case per error or warning}
     *
     * @param report the report to write
     * @param base   the folder paths are relative to
     */
    public static String junit(LintReport report, Path base) {
        return XmlReports.junit(report, base);
    }

    /**
     * {@return a Checkstyle XML report, as Jenkins' warnings plugin, reviewdog and SonarQube read it}
     *
     * @param report the report to write
     * @param base   the folder paths are relative to
     */
    public static String checkstyle(LintReport report, Path base) {
        return XmlReports.checkstyle(report, base);
    }

    /**
     * {@return a GitLab Code Quality report (JSON), for a job's {@code artifacts:reports:codequality}}
     *
     * @param report the report to write
     * @param base   the folder paths are relative to, the repository's root
     */
    public static String gitlab(LintReport report, Path base) {
        return GitlabReport.render(report, base);
    }
}
