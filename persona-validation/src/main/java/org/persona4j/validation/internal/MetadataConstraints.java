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
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.persona4j.PersonaMetadata;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.validation.Findings;
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
     * Hibernate Validator's bootstrap is the slowest part of starting a lint (about a tenth of a second cold), so it
     * runs on its own thread while files are found and read; the first check waits for it.
     */
    private final java.util.concurrent.CompletableFuture<Validator> validator;

    private final VersionPattern versionPattern;
    private final boolean semver;

    public MetadataConstraints(String versionPattern, double minScore, double maxScore) {
        this.versionPattern = new VersionPattern(versionPattern);
        this.semver = versionPattern.equals(SEMVER);
        java.util.concurrent.CompletableFuture<Validator> future = new java.util.concurrent.CompletableFuture<>();
        Thread bootstrap = new Thread(
                () -> {
                    try {
                        future.complete(build(minScore, maxScore));
                    } catch (RuntimeException | Error e) {
                        future.completeExceptionally(e);
                    }
                },
                "persona4j-validator-bootstrap");
        bootstrap.setDaemon(true);
        bootstrap.start();
        this.validator = future;
    }

    private static Validator build(double minScore, double maxScore) {
        // Hibernate Validator announces at INFO that EL is off; that is the point, not news.
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = config.createConstraintMapping();
        org.hibernate.validator.cfg.context.TypeConstraintMappingContext<MetadataView> view =
                mapping.type(MetadataView.class);
        view.field("title")
                .constraint(new NotBlankDef().message("is missing or blank; add 'title: …' to the front matter"))
                .field("summaryScore")
                .constraint(new DecimalMinDef()
                        .value(Double.toString(minScore))
                        .message("is below the lowest score, {value}"))
                .constraint(new DecimalMaxDef()
                        .value(Double.toString(maxScore))
                        .message("is above the highest score, {value}"))
                .field("lastUpdated")
                .constraint(new GenericConstraintDef<>(DateOrDateTime.class));
        for (String key : FrontMatterKeys.blankWarned()) {
            view.field(key).constraint(notBlank());
        }
        ValidatorFactory factory = config.addMapping(mapping).buildValidatorFactory();
        return factory.getValidator();
    }

    private static PatternDef notBlank() {
        return new PatternDef().regexp(NOT_BLANK).message("is blank; write a value or remove the key");
    }

    /** The violations for one persona's front matter. */
    Set<ConstraintViolation<MetadataView>> validate(PersonaMetadata metadata) {
        return validator.join().validate(new MetadataView(metadata));
    }

    /**
     * A target's violations, sorted by field: validated once for the four rules that report them, which each ran
     * the whole validation before.
     */
    private final PerTarget<List<ConstraintViolation<MetadataView>>> violations = new PerTarget<>(target -> {
        List<ConstraintViolation<MetadataView>> all =
                new ArrayList<>(validate(target.persona().metadata()));
        all.sort(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()));
        return List.copyOf(all);
    });

    /** One rule per code, each reporting the violations of its fields. */
    public List<LintRule> rules() {
        List<LintRule> rules = new ArrayList<>();
        // Only AI-LEY personas have a title key; the other dialects' identity keys have rules of their own
        // (dialect.required, dialect.skill-name), and Cursor rules or Copilot instructions have none.
        rules.add(new FieldRule(
                "metadata.required",
                Severity.ERROR,
                "an AI-LEY persona's front matter has a title " + "(or a name)",
                Set.of("title"),
                Set.of(org.persona4j.Dialect.AI_LEY)));
        rules.add(new SimpleRule(
                "metadata.version-format",
                Severity.WARNING,
                "version follows Semantic Versioning (or the configured pattern)",
                this::versionFormat));
        rules.add(new FieldRule(
                "metadata.score-range",
                Severity.WARNING,
                "summaryScore is within the configured range (default 0 to 5)",
                Set.of("summaryScore")));
        rules.add(new FieldRule(
                "metadata.date-format",
                Severity.WARNING,
                "lastUpdated is a date or a date-time",
                Set.of("lastUpdated")));
        rules.add(new FieldRule(
                "metadata.blank",
                Severity.WARNING,
                "text fields that are present are not blank",
                Set.copyOf(FrontMatterKeys.blankWarned())));
        return rules;
    }

    /** The version against the pattern, within a work budget; the message names the pattern it was held to. */
    private void versionFormat(LintTarget target, Findings findings) {
        PersonaMetadata m = target.persona().metadata();
        String version = m.version().orElse(null);
        if (version == null) {
            return;
        }
        SourceSpan span = m.span("version").orElse(SourceSpan.FILE);
        switch (versionPattern.match(version)) {
            case MATCHES -> {}
            case DIFFERS ->
                findings.report(
                        span,
                        "'version' "
                                + (semver
                                        ? "is not a version of the form 1.2.3 (Semantic Versioning)"
                                        : "does not match the configured versionPattern '"
                                                + Quote.shorten(versionPattern.source()) + "'")
                                + ": '" + Quote.shorten(version) + "'");
            case TOO_COSTLY ->
                findings.report(
                        span,
                        "'version' could not be checked: the configured "
                                + "versionPattern '" + Quote.shorten(versionPattern.source())
                                + "' needs too many steps on this "
                                + "value (it backtracks); simplify the pattern: '" + Quote.shorten(version) + "'");
        }
    }

    /** Reports the violations of some fields under one code. */
    private final class FieldRule implements LintRule {
        private final String code;
        private final Severity severity;
        private final String description;
        private final Set<String> fields;

        private final Set<org.persona4j.Dialect> dialects;

        FieldRule(String code, Severity severity, String description, Set<String> fields) {
            this(code, severity, description, fields, java.util.EnumSet.allOf(org.persona4j.Dialect.class));
        }

        FieldRule(
                String code,
                Severity severity,
                String description,
                Set<String> fields,
                Set<org.persona4j.Dialect> dialects) {
            this.dialects = dialects;
            this.code = code;
            this.severity = severity;
            this.description = description;
            this.fields = fields;
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
            if (!dialects.contains(target.persona().dialect())) {
                return;
            }
            PersonaMetadata m = target.persona().metadata();
            for (ConstraintViolation<MetadataView> v : violations.get(target)) {
                String field = v.getPropertyPath().toString();
                if (!fields.contains(field)) {
                    continue;
                }
                SourceSpan span = m.span(field).orElse(SourceSpan.FILE);
                Object value = v.getInvalidValue();
                String message = "'" + field + "' " + v.getMessage()
                        + (value == null ? "" : ": '" + Quote.shorten(String.valueOf(value)) + "'");
                findings.report(span, message);
            }
        }
    }
}
