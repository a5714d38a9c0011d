package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Severity;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.RuleInfo;

/**
 * The rules of one linter: the built-in ones, those listed for {@link ServiceLoader} and those a caller added, each
 * code once; which of them run under a configuration; and every code the linter can report, with what it checks.
 * Immutable.
 */
public final class RuleRegistry {

    /** A rule threw; its findings for that file are lost and this error says so. */
    public static final String RULE_FAILED = "lint.rule-failed";

    private final List<LintRule> rules;
    private final List<LintRule> running;
    private final List<RuleInfo> infos;

    /**
     * Gathers the rules and checks that the configuration names only codes they know.
     *
     * @param constraints   the value rules (version pattern and score range as configured)
     * @param serviceLoader whether rules listed for {@link ServiceLoader} run
     * @param added         rules the caller added
     * @param config        the configuration, with any levels given over it
     * @param given         the codes of the levels given over it (named apart in the message for an unknown one)
     * @throws IllegalArgumentException when two rules share a code, or the configuration names an unknown one
     */
    public RuleRegistry(
            MetadataConstraints constraints,
            boolean serviceLoader,
            List<LintRule> added,
            LintConfig config,
            java.util.Set<String> given) {
        List<LintRule> all = new ArrayList<>(constraints.rules());
        all.addAll(MetadataRules.rules());
        all.addAll(LayoutRules.rules());
        all.addAll(DocumentRules.rules());
        all.addAll(HiddenCharacters.rules());
        all.addAll(DialectRules.rules());
        all.addAll(VariableRules.rules());
        all.add(new TrailingWhitespace());
        if (serviceLoader) {
            ServiceLoader.load(LintRule.class, RuleRegistry.class.getClassLoader())
                    .forEach(all::add);
        }
        all.addAll(added);
        Map<String, LintRule> byCode = new LinkedHashMap<>();
        for (LintRule r : all) {
            if (byCode.putIfAbsent(r.code(), r) != null) {
                throw new IllegalArgumentException("two rules have the code '" + r.code() + "'; codes must be unique");
            }
        }
        this.rules = List.copyOf(byCode.values());
        // An opt-in rule runs where a level switches it on: the configuration's, or an override's for some files
        // (LintRun then runs it for those files only).
        this.running = rules.stream()
                .filter(r -> r.onByDefault()
                        || config.level(r.code()).filter(l -> l != Level.OFF).isPresent()
                        || config.overrides().stream()
                                .anyMatch(o -> o.rules().getOrDefault(r.code(), Level.OFF) != Level.OFF))
                .toList();
        this.infos = infos(rules);
        List<String> codes = infos.stream().map(RuleInfo::code).toList();
        // Named with where it is: a level given (persona lint --rule), the configuration's rules (its own or a file's
        // it extends), or an override's.
        Map<String, String> named = new java.util.LinkedHashMap<>();
        given.forEach(code -> named.putIfAbsent(code, "a level given (such as persona lint --rule) names"));
        config.levels().keySet().forEach(code -> named.putIfAbsent(code, "the configuration's rules name"));
        config.overrides()
                .forEach(o -> o.rules()
                        .keySet()
                        .forEach(code -> named.putIfAbsent(
                                code, "the override for " + String.join(", ", o.files()) + " names")));
        named.forEach((code, who) -> {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException(
                        who + " an unknown rule '" + code + "'" + RuleNames.suggestion(code, codes));
            }
        });
    }

    /** {@return the rules that run: every rule but the opt-in ones no level switched on} */
    public List<LintRule> running() {
        return running;
    }

    /** {@return every code the linter can report, by code: reading's, the rules', and the checks across files} */
    public List<RuleInfo> infos() {
        return infos;
    }

    private static List<RuleInfo> infos(List<LintRule> rules) {
        Map<String, RuleInfo> all = new TreeMap<>();
        DiagnosticCodes.all()
                .forEach(c -> all.put(c.code(), new RuleInfo(c.code(), c.severity(), c.description(), c.help())));
        SetChecks.codes().forEach(r -> all.put(r.code(), r));
        rules.forEach(r -> all.put(r.code(), RuleInfo.of(r)));
        all.put(RULE_FAILED, new RuleInfo(RULE_FAILED, Severity.ERROR, "every rule ran to completion"));
        all.put(
                Suppressions.UNKNOWN_CODE,
                new RuleInfo(
                        Suppressions.UNKNOWN_CODE,
                        Severity.WARNING,
                        "every code a persona-lint directive names is a rule",
                        "Correct the code (the message suggests the "
                                + "closest rule), or remove it from the directive; persona lint --rules lists the codes."));
        all.put(
                Suppressions.UNUSED,
                new RuleInfo(
                        Suppressions.UNUSED,
                        Severity.WARNING,
                        "every persona-lint directive turns off a finding (reported with --report-unused-directives)",
                        "Remove the directive: the finding it was written for is gone."));
        return List.copyOf(all.values());
    }
}
