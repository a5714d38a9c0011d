package org.persona4j.validation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.Diagnostic;
import org.persona4j.Personas;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.RuleInfo;

/**
 * A SARIF 2.1.0 log with one run: the tool with every rule (descriptions, help, a link to its page), and one
 * result per finding with a physical location and a fingerprint of the line's content. Every location is a relative
 * reference under {@code %SRCROOT%} (the base directory, declared as a {@code file:} URI): {@code ..} segments for a
 * file outside it, never a scheme or a leading slash. Each path segment is escaped by {@link URI}.
 */
public final class SarifReport {

    /** Where the project and its rule pages live. */
    public static final String PROJECT = "https://github.com/persona4j/persona4j";

    private static final String RULE_PAGES = PROJECT + "/blob/main/";

    private SarifReport() {}

    /**
     * {@return the report as a SARIF 2.1.0 log of one run}
     *
     * @param report   the report
     * @param base     the folder locations are relative to
     * @param category the run's category ({@code automationDetails.id} without its trailing {@code /})
     */
    public static String render(LintReport report, Path base, String category) {
        Path root = base.toAbsolutePath().normalize();
        ObjectNode log = JsonReport.MAPPER.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        // The run's category: code scanning keeps the latest results of each category, so lint and diff, each with
        // its own, do not replace each other's (SARIF 2.1.0 §3.17; GitHub reads the id up to its last '/').
        run.putObject("automationDetails").put("id", category + "/");
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "persona4j");
        driver.put("semanticVersion", Personas.version());
        driver.put("informationUri", PROJECT);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        List<RuleInfo> infos = report.rules();
        for (int i = 0; i < infos.size(); i++) {
            RuleInfo r = infos.get(i);
            index.put(r.code(), i);
            ObjectNode rule = rules.addObject();
            rule.put("id", r.code());
            rule.putObject("shortDescription").put("text", r.description());
            rule.putObject("fullDescription").put("text", capitalized(r.description()) + ". " + r.help());
            rule.putObject("help").put("text", r.help()).put("markdown", RuleDocs.markdown(r));
            rule.put("helpUri", URI.create(RULE_PAGES).resolve(r.docsPath()).toString());
            ObjectNode defaults = rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
            if (!r.onByDefault()) {
                defaults.put("enabled", false); // an opt-in rule: on only when configured
            }
        }
        ObjectNode srcroot = run.putObject("originalUriBaseIds").putObject("%SRCROOT%");
        srcroot.put("uri", root.toUri().toString());
        // Which configuration the run used and what it suppressed, as run properties (SARIF 2.1.0 §3.8).
        ObjectNode properties = run.putObject("properties");
        properties.put("configuration", report.configuration());
        properties.put("suppressedByDirectives", report.suppressedByDirectives());
        properties.put("suppressedByConfiguration", report.suppressedByConfiguration());
        properties.put("suppressedByBaseline", report.suppressedByBaseline());
        ObjectNode ignored = properties.putObject("ignoredFiles");
        report.ignoredFiles().forEach(ignored::put);
        ArrayNode results = run.putArray("results");
        for (FileReport file : report.files()) {
            Location location = location(file, root);
            List<String> fingerprints = Fingerprints.of(file);
            for (int k = 0; k < file.diagnostics().size(); k++) {
                Diagnostic d = file.diagnostics().get(k);
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
                artifact.put("uri", location.uri());
                if (location.relative()) {
                    artifact.put("uriBaseId", "%SRCROOT%");
                }
                SourceSpan s = d.span();
                ObjectNode region = physical.putObject("region");
                region.put("startLine", Math.max(1, s.startLine()));
                region.put("startColumn", Math.max(1, s.startColumn()));
                if (s.endLine() > s.startLine() || s.endColumn() > s.startColumn()) {
                    region.put("endLine", s.endLine());
                    region.put("endColumn", s.endColumn());
                }
                result.putObject("partialFingerprints").put("lineContentHash/v1", fingerprints.get(k));
                if (file.isFixable(d)) {
                    result.putObject("properties").put("fixable", true); // persona lint --fix fixes it
                }
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a SARIF tree always serialises", e);
        }
    }

    /** Where a file is: a URI relative to the base, or an absolute one. */
    record Location(String uri, boolean relative) {}

    /**
     * The location of a file, always a relative reference under {@code %SRCROOT%}, never a URI with a scheme: a file's
     * path relative to {@code root} (with {@code ..} segments for one outside it), a label that names no file
     * ({@code classpath:…}, {@code HEAD~1:…}, standard input's {@code --stdin-filename}) as written. Every character a
     * URI cannot hold is escaped, and every colon too, so that {@code a:b.md} is not read as the scheme {@code a}.
     */
    static Location location(FileReport file, Path root) {
        Path path = file.file().orElse(null);
        if (path == null) {
            return new Location(escaped(file.label()), true);
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path relative = root.toAbsolutePath().normalize().relativize(absolute);
        return new Location(escaped(relative.toString()), true);
    }

    /**
     * A path or label as a relative URI reference: each character a URI cannot hold escaped, a colon too, and no
     * leading slash (which would make it absolute, or with two a reference to a host).
     */
    static String escaped(String label) {
        List<String> segments = new java.util.ArrayList<>();
        for (String segment : label.replace(java.io.File.separatorChar, '/').split("/", -1)) {
            if (segment.isEmpty() && segments.isEmpty()) {
                continue;
            }
            try {
                // Behind "./" a colon cannot be read as a scheme's end; the URI class escapes the rest.
                // toASCIIString: a letter outside ASCII is percent-encoded UTF-8, as RFC 3986 asks.
                String raw = new URI(null, null, "./" + segment, null).toASCIIString();
                segments.add(raw.substring(2).replace(":", "%3A"));
            } catch (URISyntaxException e) {
                segments.add(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
        }
        return String.join("/", segments);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
