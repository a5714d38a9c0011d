package org.persona4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.Diagnostic;
import org.persona4j.SourceSpan;
import org.persona4j.TerminalText;
import org.persona4j.diff.Change;
import org.persona4j.diff.ChangeType;
import org.persona4j.diff.DiffGate;
import org.persona4j.diff.PersonaDiff;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.LintReports;
import org.persona4j.validation.RuleInfo;

/** The output of {@code persona diff}: text for people, JSON through Jackson, SARIF through the linter's writer. */
final class DiffReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffReports() {}

    /** One block per changed persona: its files, each change at its new line (and old line), the token change. */
    static String text(List<PersonaDiff> diffs, List<DiffGate> gates) {
        StringBuilder b = new StringBuilder();
        int changed = 0;
        for (PersonaDiff d : diffs) {
            if (d.isEmpty()) {
                continue;
            }
            changed++;
            b.append("--- ")
                    .append(TerminalText.escape(d.oldLabel().isEmpty() ? "(none)" : d.oldLabel()))
                    .append('\n');
            b.append("+++ ")
                    .append(TerminalText.escape(d.newLabel().isEmpty() ? "(none)" : d.newLabel()))
                    .append('\n');
            List<Change> firing = d.firing(gates);
            for (Change c : d.changes()) {
                b.append(firing.contains(c) ? "! " : "  ");
                b.append(c.newLine() > 0 ? "line " + c.newLine() : "removed").append(": ");
                b.append(c.type().code().code()).append("  ").append(TerminalText.escape(c.describe()));
                if (c.oldLine() > 0) {
                    b.append("  (was line ").append(c.oldLine()).append(')');
                }
                b.append('\n');
            }
            b.append("  tokens: ")
                    .append(d.tokensBefore())
                    .append(" → ")
                    .append(d.tokensAfter())
                    .append(" (")
                    .append(d.tokenDelta() >= 0 ? "+" : "")
                    .append(d.tokenDelta())
                    .append(")\n");
        }
        b.append(diffs.size())
                .append(diffs.size() == 1 ? " persona" : " personas")
                .append(" compared, ")
                .append(changed)
                .append(" changed\n");
        return b.toString();
    }

    static String json(List<PersonaDiff> diffs, List<DiffGate> gates) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode all = root.putArray("diffs");
        int fired = 0;
        for (PersonaDiff d : diffs) {
            ObjectNode o = all.addObject();
            o.put("old", d.oldLabel());
            o.put("new", d.newLabel());
            o.put("tokensBefore", d.tokensBefore());
            o.put("tokensAfter", d.tokensAfter());
            o.put("tokenDelta", d.tokenDelta());
            List<Change> firing = d.firing(gates);
            fired += firing.size();
            ArrayNode changes = o.putArray("changes");
            for (Change c : d.changes()) {
                ObjectNode n = changes.addObject();
                n.put("code", c.type().code().code());
                n.put("type", c.type().name());
                if (c.kind() != null) {
                    n.put("kind", c.kind().name());
                }
                n.put("subject", c.subject());
                n.put("before", c.before());
                n.put("after", c.after());
                n.put("oldLine", c.oldLine());
                n.put("newLine", c.newLine());
                n.put("message", c.describe());
                n.put("fires", firing.contains(c));
            }
        }
        root.put("fired", fired);
        ArrayNode g = root.putArray("gates");
        gates.forEach(x -> g.add(x.text()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * SARIF: each change a result on the new file's line (a removal on the line of what took its place, or the
     * file's top); changes that fire a gate are errors, the rest keep their code's level.
     */
    static String sarif(List<PersonaDiff> diffs, List<DiffGate> gates) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        Map<String, Path> paths = new HashMap<>();
        for (PersonaDiff d : diffs) {
            String label = d.newLabel().isEmpty() ? d.oldLabel() : d.newLabel();
            List<Change> firing = d.firing(gates);
            List<Diagnostic> list = byFile.computeIfAbsent(label, k -> new ArrayList<>());
            if (!label.contains(":") || Path.of(label).isAbsolute()) {
                paths.put(label, Path.of(label));
            }
            for (Change c : d.changes()) {
                int line = c.newLine() > 0 ? c.newLine() : Math.max(1, c.oldLine());
                Diagnostic diagnostic = c.type()
                        .code()
                        .at(
                                label,
                                SourceSpan.at(line, 1),
                                c.describe() + (c.oldLine() > 0 ? " (was line " + c.oldLine() + ")" : ""));
                list.add(firing.contains(c) ? diagnostic.asError() : diagnostic);
            }
        }
        List<FileReport> files = new ArrayList<>();
        byFile.forEach((label, list) -> files.add(new FileReport(label, paths.get(label), list, Map.of(), true)));
        List<RuleInfo> rules = new ArrayList<>();
        for (ChangeType t : EnumSet.allOf(ChangeType.class)) {
            rules.add(new RuleInfo(
                    t.code().code(),
                    t.code().severity(),
                    t.code().description(),
                    t.code().help()));
        }
        return LintReports.sarif(new LintReport(files, rules), Repository.rootOrWorkingDirectory(), "persona4j-diff");
    }
}
