/**
 * Reads personas written as Markdown with YAML front matter, and writes them as Markdown, JSON and YAML.
 * flexmark-java parses the body and SnakeYAML the front matter, each behind limits; nothing of either leaks
 * into the API, which is the SPI of {@code org.persona4j.core}.
 */
module org.persona4j.markdown {
    requires org.persona4j.core;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.collection;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.databind;

    provides org.persona4j.spi.PersonaParser with org.persona4j.markdown.internal.MarkdownPersonaParser,
            org.persona4j.markdown.internal.CrewAiAgentsParser;
    provides org.persona4j.spi.PersonaWriter with
            org.persona4j.markdown.internal.MarkdownWriter,
            org.persona4j.markdown.internal.JsonWriter,
            org.persona4j.markdown.internal.YamlWriter;
}
