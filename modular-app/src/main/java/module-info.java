/**
 * An application as a named module: it requires persona4j's API modules by name and nothing else; the Markdown
 * reader and the tokenizer come in as services from the module path.
 */
module org.persona4j.example.modular {
    requires transitive org.persona4j.core;
    requires org.persona4j.validation;

    exports org.persona4j.example.modular;
}
