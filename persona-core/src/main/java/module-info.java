/**
 * The persona model, diagnostics and the reader/writer SPI. Parsers live in other modules and are found
 * through {@link java.util.ServiceLoader}, so this module imports none.
 */
// "module": the qualified export below names a module compiled after this one.
@SuppressWarnings("module")
module org.persona4j.core {
    exports org.persona4j;
    exports org.persona4j.model;
    exports org.persona4j.catalog;
    exports org.persona4j.render;
    exports org.persona4j.convert;
    exports org.persona4j.diff;
    exports org.persona4j.dialect;
    exports org.persona4j.skills;
    exports org.persona4j.routing;

    requires com.fasterxml.jackson.core;

    exports org.persona4j.spi;
    // Shared helpers for the library's own modules only; not API.
    exports org.persona4j.internal to
            org.persona4j.validation,
            org.persona4j.markdown;
    exports org.persona4j.internal.json to
            org.persona4j.markdown;
    exports org.persona4j.internal.catalog to
            org.persona4j.validation;

    uses org.persona4j.spi.PersonaParser;
    uses org.persona4j.spi.PersonaWriter;
    uses org.persona4j.spi.TokenizerProvider;
    uses org.persona4j.spi.EmbeddingProvider;
}
