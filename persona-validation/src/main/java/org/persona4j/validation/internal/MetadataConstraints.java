package org.persona4j.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.dialect.Presence;
import org.persona4j.internal.MetadataValues;
import org.persona4j.validation.Findings;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * Bean Validation of the front matter with Hibernate Validator, bootstrapped so that no expression language is ever
 * evaluated: {@link ParameterMessageInterpolator} only substitutes the constraint's own parameters, no EL
 * implementation is on the path (the build bans them), and input is never put into a message template; the
 * offending value is quoted after the message instead.
 */
public final class MetadataConstraints {

    /** Semantic Versioning 2.0.0. */
    public static final String SEMVER = "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?";

    private static final String NOT_BLANK = "(?s).*\\S.*";
    /** The summaryScore range when the configuration names none. */
    public static final double LOWEST_SCORE = 0;

    public static final double HIGHEST_SCORE = 5;

    /**
     * The constraints a linter checks: each setting as given to its builder, else as configured, else the default.
     *
     * @param versionPattern the builder's version pattern, or {@code null}
     * @param scoreRange     the builder's score range, or {@code null}
     * @param config         the configuration
     * @return the constraints
     */
    public static MetadataConstraints of(String versionPattern, List<Double> scoreRange, LintConfig config) {
        String pattern = versionPattern != null
                ? versionPattern
                : config.versionPattern() != null ? config.versionPattern() : SEMVER;
        List<Double> range = scoreRange != null
                ? scoreRange
                : config.scoreRange() != null ? config.scoreRange() : List.of(LOWEST_SCORE, HIGHEST_SCORE);
        return new MetadataConstraints(pattern, range.get(0), range.get(1));
    }

    /**
     * One validator for the process: Hibernate Validator's bootstrap is the slowest part of starting a lint (about a
     * tenth of a second cold), so it is started once, on the common pool, when the first linter is built, and runs
     * while files are found and read; every linter after shares it (a validator is immutable and thread-safe). It
     * holds no state of any run: the score range, which differs between configurations, is checked here instead.
     */
    private static final class Shared {
        static final java.util.concurrent.CompletableFuture<Validator> VALIDATOR =
                java.util.concurrent.CompletableFuture.supplyAsync(MetadataConstraints::build);
    }

    private final java.util.concurrent.CompletableFuture<Validator> validator;

    private final VersionPattern versionPattern;
    private final boolean semver;
    private final double minScore;
    private final double maxScore;

    public MetadataConstraints(String versionPattern, double minScore, double maxScore) {
        this.versionPattern = new VersionPattern(versionPattern);
        this.semver = versionPattern.equals(SEMVER);
        this.minScore = minScore;
        this.maxScore = maxScore;
        this.validator = Shared.VALIDATOR;
    }

    private static Validator build() {
        // Hibernate Validator announces at INFO that EL is off; that is the point, not news.
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.type(KeyValues.Required.class)
                .field("value")
                .constraint(new NotBlankDef().message("is missing or blank"));
        mapping.type(KeyValues.Text.class)
                .field("value")
                .constraint(new PatternDef().regexp(NOT_BLANK).message("is blank; write a value or remove the key"));
        mapping.type(KeyValues.Date.class).field("value").constraint(new GenericConstraintDef<>(DateOrDateTime.class));
        ValidatorFactory factory = config.addMapping(mapping).buildValidatorFactory();
        return factory.getValidator();
    }

    /** What a check found of one key: the rule's code, the key, the message and the value it is about. */
    record Violation(String code, String key, String message, Object value) {}

    /**
     * A target's violations, in the order of its dialect's keys: found once for the rules that report them, each of
     * which would otherwise have validated the whole front matter again.
     */
    private final Object violations = new Object(); // this linter's key for a target's violations

    private List<Violation> find(LintTarget target) {
        Validator v = validator.join();
        PersonaMetadata m = target.persona().metadata();
        DialectSpec spec = target.persona().dialect().spec();
        boolean aiLey = spec.dialect() == Dialect.AI_LEY;
        // Keys written in a front matter that does not open the file are there, unread: front-matter.misplaced says
        // so once, not also each required key as missing.
        boolean misplaced =
                DiagnosticCodes.FRONT_MATTER_MISPLACED.isIn(target.persona().diagnostics());
        List<Violation> out = new ArrayList<>();
        for (KeySpec key : spec.keys()) {
            Object value = m.values().get(key.name());
            String text = KeySpec.text(value).orElse(null);
            if (key.presence() == Presence.REQUIRED) {
                if (misplaced) {
                    continue;
                }
                add(
                        out,
                        aiLey ? REQUIRED : DIALECT_REQUIRED,
                        key,
                        value,
                        v.validateValue(KeyValues.Required.class, "value", text));
                continue;
            }
            if (value == null) {
                continue;
            }
            if (key.role() == KeyRole.SCORE) {
                Double score = MetadataValues.number(value).orElse(null);
                if (score != null && score < minScore) {
                    out.add(new Violation(
                            SCORE_RANGE, key.name(), "is below the lowest score, " + Double.toString(minScore), value));
                } else if (score != null && score > maxScore) {
                    out.add(new Violation(
                            SCORE_RANGE,
                            key.name(),
                            "is above the highest score, " + Double.toString(maxScore),
                            value));
                }
            } else if (key.type() == KeyType.DATE && text != null) {
                add(out, DATE_FORMAT, key, value, v.validateValue(KeyValues.Date.class, "value", text));
            } else if ((key.type() == KeyType.TEXT || key.type() == KeyType.ENUM) && text != null) {
                add(out, BLANK, key, value, v.validateValue(KeyValues.Text.class, "value", text));
            }
        }
        return List.copyOf(out);
    }

    private static <T> void add(
            List<Violation> out, String code, KeySpec key, Object value, Set<ConstraintViolation<T>> found) {
        for (ConstraintViolation<T> c : found) {
            String message = c.getMessage();
            if (code.equals(REQUIRED) || code.equals(DIALECT_REQUIRED)) {
                message = message + "; add '" + key.name() + ": …' to the front matter";
            }
            out.add(new Violation(code, key.name(), message, value));
        }
    }

    static final String REQUIRED = "metadata.required";
    static final String DIALECT_REQUIRED = "dialect.required";
    static final String SCORE_RANGE = "metadata.score-range";
    static final String DATE_FORMAT = "metadata.date-format";
    static final String BLANK = "metadata.blank";

    /** One rule per code, each reporting the violations of its code. */
    public List<LintRule> rules() {
        List<LintRule> rules = new ArrayList<>();
        rules.add(new CodeRule(
                REQUIRED,
                Severity.ERROR,
                "an AI-LEY persona's front matter has the keys its table requires (a title)"));
        rules.add(new CodeRule(
                DIALECT_REQUIRED,
                Severity.ERROR,
                "a persona of another dialect has the keys its vendor's tool requires (a Claude subagent's name and "
                        + "description, an Agent Skill's name and description, a CrewAI agent's role, goal and "
                        + "backstory)"));
        rules.add(new SimpleRule(
                "metadata.version-format",
                Severity.WARNING,
                "the version follows Semantic Versioning (or the configured pattern)",
                this::versionFormat));
        rules.add(new CodeRule(
                SCORE_RANGE, Severity.WARNING, "the score is within the configured range (default 0 to 5)"));
        rules.add(new CodeRule(DATE_FORMAT, Severity.WARNING, "dates are a date or a date-time"));
        rules.add(new CodeRule(BLANK, Severity.WARNING, "text keys that are present are not blank"));
        return rules;
    }

    /** The version against the pattern, within a work budget; the message names the pattern it was held to. */
    private void versionFormat(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        String version = m.version().orElse(null);
        if (version == null) {
            return;
        }
        String key = target.persona()
                .dialect()
                .spec()
                .keyFor(KeyRole.VERSION)
                .map(KeySpec::name)
                .orElseThrow(); // a version was read, so the dialect has a version key
        SourceSpan span = m.span(KeyRole.VERSION).orElse(SourceSpan.FILE);
        switch (versionPattern.match(version)) {
            case MATCHES -> {}
            case DIFFERS ->
                findings.report(
                        span,
                        "'" + key + "' "
                                + (semver
                                        ? "is not a version of the form 1.2.3 (Semantic Versioning)"
                                        : "does not match the configured versionPattern '"
                                                + Quote.shorten(versionPattern.source()) + "'")
                                + ": '" + Quote.shorten(version) + "'");
            case TOO_COSTLY ->
                findings.report(
                        span,
                        "'" + key + "' could not be checked: the configured "
                                + "versionPattern '" + Quote.shorten(versionPattern.source())
                                + "' needs too many steps on this "
                                + "value (it backtracks); simplify the pattern: '" + Quote.shorten(version) + "'");
        }
    }

    /** Reports the violations of one code. */
    private final class CodeRule implements LintRule {
        private final String code;
        private final Severity severity;
        private final String description;

        CodeRule(String code, Severity severity, String description) {
            this.code = code;
            this.severity = severity;
            this.description = description;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public Severity defaultSeverity() {
            return severity;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void check(LintTarget target, Findings findings) {
            PersonaMetadata m = target.persona().metadata();
            List<Violation> found = target.shared(violations, MetadataConstraints.this::find);
            for (Violation v : found) {
                if (v.code().equals(code)) {
                    SourceSpan span = m.span(v.key()).orElse(SourceSpan.FILE);
                    String quoted = v.value() == null
                                    || v.code().equals(REQUIRED)
                                    || v.code().equals(DIALECT_REQUIRED)
                            ? ""
                            : ": '" + Quote.shorten(String.valueOf(v.value())) + "'";
                    findings.report(span, "'" + v.key() + "' " + v.message() + quoted);
                }
            }
        }
    }
}
