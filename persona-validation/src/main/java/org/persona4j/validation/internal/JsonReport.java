package org.persona4j.validation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;

/** The JSON report. */
public final class JsonReport {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(LintReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("linted", report.lintedCount());
        summary.put("configuration", report.configuration());
        summary.putObject("suppressed")
                .put("directives", report.suppressedByDirectives())
                .put("configuration", report.suppressedByConfiguration())
                .put("baseline", report.suppressedByBaseline());
        ObjectNode ignored = summary.putObject("ignoredFiles");
        report.ignoredFiles().forEach(ignored::put);
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("notes", report.count(Severity.INFO));
        ObjectNode counts = root.putObject("counts");
        report.countsByCode().forEach(counts::put);
        ArrayNode files = root.putArray("files");
        for (FileReport f : report.files()) {
            ObjectNode file = files.addObject();
            file.put("file", f.label());
            ArrayNode findings = file.putArray("findings");
            for (Diagnostic d : f.diagnostics()) {
                findings.addObject()
                        .put("severity", d.severity().name())
                        .put("code", d.code())
                        .put("message", d.message())
                        .put("line", d.line())
                        .put("column", d.column())
                        .put("endLine", d.span().endLine())
                        .put("endColumn", d.span().endColumn())
                        .put("fixable", f.isFixable(d));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report tree always serialises", e);
        }
    }
}
