package org.persona4j.validation.internal;

import java.nio.file.Path;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.TerminalText;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;

/**
 * Findings as GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which a workflow's log turns
 * into annotations on the pull request's lines. What input controls is escaped twice: first as for a terminal (no
 * control character reaches the log), then as the workflow-command syntax asks ({@code %}, line breaks, and in
 * properties {@code :} and {@code ,}), so a message can neither end its command nor start another.
 */
public final class GithubReport {

    private GithubReport() {}

    /**
     * {@return one workflow command per finding}
     *
     * @param report the report
     * @param base   the folder paths are relative to (the repository's root, where the workflow checks it out)
     */
    public static String render(LintReport report, Path base) {
        StringBuilder out = new StringBuilder();
        for (FileReport file : report.files()) {
            String path = ReportPaths.of(file, base);
            for (Diagnostic d : file.diagnostics()) {
                out.append("::").append(command(d.severity())).append(" file=").append(property(path));
                if (d.line() > 0) {
                    out.append(",line=").append(d.line());
                    if (d.span().endLine() >= d.line()) {
                        out.append(",endLine=").append(d.span().endLine());
                    }
                    if (d.column() > 0) {
                        out.append(",col=").append(d.column());
                        if (d.span().endLine() == d.line() && d.span().endColumn() > d.column()) {
                            out.append(",endColumn=").append(d.span().endColumn());
                        }
                    }
                }
                String title = d.code() + (file.isFixable(d) ? " (fixable: persona lint --fix)" : "");
                out.append(",title=").append(property(title));
                out.append("::").append(data(d.message())).append('\n');
            }
        }
        return out.toString();
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** A command's message: terminal-safe, then {@code %}, CR and LF percent-encoded. */
    static String data(String text) {
        return TerminalText.escape(text)
                .replace("%", "%25")
                .replace("\r", "%0D")
                .replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, and {@code :} and {@code ,} encoded too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
