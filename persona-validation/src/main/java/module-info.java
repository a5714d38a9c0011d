/**
 * Checks personas and reports, as diagnostics, what to change: Bean Validation constraints on the metadata
 * (Hibernate Validator, with no expression language), lint rules, layout profiles, configuration and reports in
 * text, JSON and SARIF. Users add rules by implementing {@link org.persona4j.validation.LintRule}.
 */
module org.persona4j.validation {
    requires transitive org.persona4j.core;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    requires java.logging;
    requires java.xml;

    exports org.persona4j.validation;
    // Hibernate Validator reads the constraint bean and instantiates the custom validator reflectively.
    opens org.persona4j.validation.internal to
            org.hibernate.validator;

    uses org.persona4j.validation.LintRule;
}
