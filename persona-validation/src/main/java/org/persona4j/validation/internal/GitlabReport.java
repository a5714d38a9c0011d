package org.persona4j.validation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;

/**
 * Findings as a GitLab Code Quality report (the Code Climate issue format GitLab reads from a job's
 * {@code artifacts:reports:codequality}), which GitLab shows in merge requests. Each finding's fingerprint is the
 * baseline's (code, line content, occurrence), made unique across files by the file's path, so a finding keeps its
 * fingerprint when lines are added above it and GitLab tells new findings from old.
 */
public final class GitlabReport {

    private GitlabReport() {}

    /**
     * {@return the report as a JSON array of issues}
     *
     * @param report the report
     * @param base   the folder paths are relative to (the repository's root)
     */
    public static String render(LintReport report, Path base) {
        ArrayNode issues = JsonReport.MAPPER.createArrayNode();
        for (FileReport file : report.files()) {
            String path = ReportPaths.of(file, base);
            List<String> fingerprints = Fingerprints.of(file);
            for (int k = 0; k < file.diagnostics().size(); k++) {
                Diagnostic d = file.diagnostics().get(k);
                ObjectNode issue = issues.addObject();
                issue.put("type", "issue");
                issue.put("check_name", d.code());
                issue.put("description", d.message() + (file.isFixable(d) ? " (fixable: persona lint --fix)" : ""));
                issue.putArray("categories").add("Style");
                issue.put("severity", severity(d.severity()));
                issue.put("fingerprint", Fingerprints.hash(path + "\u0000" + fingerprints.get(k)));
                ObjectNode location = issue.putObject("location");
                location.put("path", path);
                location.putObject("lines").put("begin", Math.max(1, d.line()));
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serialises", e);
        }
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
