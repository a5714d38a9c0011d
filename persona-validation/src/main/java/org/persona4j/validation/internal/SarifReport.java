package org.persona4j.validation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.RuleInfo;

/**
 * A SARIF 2.1.0 log with one run: the tool with every rule, and one result per finding with a physical location.
 * Locations are relative URIs under {@code %SRCROOT%} so that code scanning can place them in the repository.
 */
public final class SarifReport {

    private SarifReport() {
    }

    public static String render(LintReport report, Path base) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "persona4j");
        driver.put("semanticVersion", org.persona4j.Personas.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        List<RuleInfo> infos = report.rules();
        for (int i = 0; i < infos.size(); i++) {
            RuleInfo r = infos.get(i);
            index.put(r.code(), i);
            ObjectNode rule = rules.addObject();
            rule.put("id", r.code());
            rule.putObject("shortDescription").put("text", r.description());
            rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", base.toAbsolutePath().normalize()
                .toUri().toString());
        // Which configuration the run used and what it suppressed, as run properties (SARIF 2.1.0 §3.8).
        ObjectNode properties = run.putObject("properties");
        properties.put("configuration", report.configuration());
        properties.put("suppressedByDirectives", report.suppressedByDirectives());
        properties.put("suppressedByConfiguration", report.suppressedByConfiguration());
        ArrayNode results = run.putArray("results");
        for (FileReport file : report.files()) {
            String uri = uri(file, base);
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", d.code());
                Integer i = index.get(d.code());
                if (i != null) {
                    result.put("ruleIndex", i);
                }
                result.put("level", level(d.severity()));
                result.putObject("message").put("text", d.message());
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri);
                artifact.put("uriBaseId", "%SRCROOT%");
                SourceSpan s = d.span();
                ObjectNode region = physical.putObject("region");
                region.put("startLine", s.startLine());
                region.put("startColumn", s.startColumn());
                if (s.endLine() > s.startLine() || s.endColumn() > s.startColumn()) {
                    region.put("endLine", s.endLine());
                    region.put("endColumn", s.endColumn());
                }
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a SARIF tree always serialises", e);
        }
    }

    private static String uri(FileReport file, Path base) {
        Path p = file.file().orElse(Path.of(file.label())).toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        String relative = p.startsWith(b) ? b.relativize(p).toString() : p.toString();
        StringBuilder out = new StringBuilder();
        for (String part : relative.replace(java.io.File.separatorChar, '/').split("/", -1)) {
            if (out.length() > 0 || relative.startsWith("/")) {
                out.append('/');
            }
            out.append(java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
