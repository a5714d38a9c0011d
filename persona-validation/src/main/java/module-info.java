/** Checks personas against layout profiles and reports, as diagnostics, what to change. */
module org.persona4j.validation {
    requires transitive org.persona4j.core;

    exports org.persona4j.validation;
}
