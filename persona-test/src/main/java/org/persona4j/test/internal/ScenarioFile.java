package org.persona4j.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A {@code *.scenarios.yaml} file: variables for every scenario, whether to also ask without the persona, and the
 * scenarios, each a task and its checks.
 *
 * <pre>{@code
 * variables: {team: payments}
 * compare: true
 * scenarios:
 *   - name: flags a hard-coded password
 *     task: 'Review: + String password = "hunter2";'
 *     checks:
 *       - contains: password
 *       - notContains: LGTM
 *       - regex: '(?i)blocking'
 *       - jsonSchema: {type: object, required: [verdict]}
 * }</pre>
 *
 * @param label     where it was read from
 * @param variables values for the persona's placeholders
 * @param compare   whether recording also asks the model without the persona, for the report
 * @param scenarios the scenarios
 */
public record ScenarioFile(String label, Map<String, String> variables, boolean compare, List<Scenario> scenarios) {

    /** One scenario. */
    public record Scenario(String name, String task, Map<String, String> variables, List<Check> checks) {}

    /**
     * One check of a response.
     *
     * @param kind  {@code contains}, {@code notContains}, {@code regex} or {@code jsonSchema}
     * @param value the text, pattern, or schema (a map)
     */
    public record Check(String kind, Object value) {}

    private static final List<String> KINDS = List.of("contains", "notContains", "regex", "jsonSchema");

    /**
     * Reads a scenarios file with SnakeYAML's safe constructor and limits (no aliases beyond a few, no duplicate
     * keys, at most 1 MiB).
     *
     * @throws IllegalArgumentException naming the file and what to change when it is not a scenarios file
     */
    public static ScenarioFile parse(String text, String label) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1 << 20);
        options.setNestingDepthLimit(30);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(label + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<?, ?> top = map(root, label, "the file");
        List<Scenario> scenarios = new ArrayList<>();
        Object list = top.get("scenarios");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new IllegalArgumentException(label + ": expected 'scenarios:' with a list of scenarios");
        }
        for (int i = 0; i < items.size(); i++) {
            String where = "scenario " + (i + 1);
            Map<?, ?> s = map(items.get(i), label, where);
            String name = text(s.get("name"), label, where + ": 'name'");
            String task = text(s.get("task"), label, where + " (" + name + "): 'task'");
            List<Check> checks = new ArrayList<>();
            if (s.get("checks") instanceof List<?> cs) {
                for (Object c : cs) {
                    Map<?, ?> m = map(c, label, name + ": a check");
                    if (m.size() != 1
                            || !KINDS.contains(
                                    String.valueOf(m.keySet().iterator().next()))) {
                        throw new IllegalArgumentException(label + ": " + name + ": a check is one of " + KINDS
                                + " with its value, not " + m.keySet());
                    }
                    Map.Entry<?, ?> e = m.entrySet().iterator().next();
                    checks.add(new Check(String.valueOf(e.getKey()), e.getValue()));
                }
            }
            if (checks.isEmpty()) {
                throw new IllegalArgumentException(
                        label + ": " + name + ": give at least one check under " + "'checks:'");
            }
            scenarios.add(new Scenario(name, task, strings(s.get("variables")), List.copyOf(checks)));
        }
        return new ScenarioFile(
                label, strings(top.get("variables")), Boolean.TRUE.equals(top.get("compare")), List.copyOf(scenarios));
    }

    private static Map<?, ?> map(Object value, String label, String what) {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(label + ": " + what + " should be a mapping of keys to values");
    }

    private static String text(Object value, String label, String what) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(label + ": " + what + " is missing");
        }
        return String.valueOf(value);
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
