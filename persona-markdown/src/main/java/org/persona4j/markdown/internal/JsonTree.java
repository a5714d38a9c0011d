package org.persona4j.markdown.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.internal.MetadataValues;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;
import org.persona4j.model.Item;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;

/**
 * The JSON form of a persona (docs/ARCHITECTURE.md, "JSON form") as a Jackson tree. Every key is always present (null, empty list or empty object when
 * the persona has nothing for it), so tools can rely on the shape. Kept apart from the writers so that Jackson is
 * loaded only when JSON or YAML is written, not whenever personas are read.
 */
final class JsonTree {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonTree() {}

    /** The persona as indented JSON, with a final line break. */
    static String json(Persona persona) {
        try {
            return MAPPER.writeValueAsString(tree(persona)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a persona tree always serialises", e);
        }
    }

    /** The JSON form as a Jackson tree. */
    static ObjectNode tree(Persona persona) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", persona.id());
        root.put("dialect", persona.dialect().name());
        ObjectNode source = root.putObject("source");
        source.put("label", persona.source().label());
        source.put("sha256", persona.source().sha256());
        root.set("metadata", metadata(persona.metadata()));

        PersonaBody body = persona.body();
        root.put("heading", body.title());
        root.put("preamble", body.preamble());
        ArrayNode sections = root.putArray("sections");
        for (Section s : body.sections()) {
            ObjectNode n = sections.addObject();
            n.put("kind", s.kind().name());
            n.put("heading", s.heading());
            n.put("line", s.line());
            n.put("text", s.text());
        }
        root.put("roleSummary", body.roleSummary());
        items(root.putArray("goals"), body.goals());
        ObjectNode capabilities = root.putObject("capabilities");
        for (CapabilityGroup g : body.capabilities()) {
            ArrayNode list = capabilities.has(g.category())
                    ? (ArrayNode) capabilities.get(g.category())
                    : capabilities.putArray(g.category());
            g.items().forEach(list::add);
        }
        entries(root.putObject("knowledge"), body.knowledge());
        items(root.putArray("constraints"), body.constraints());
        items(root.putArray("directives"), body.directives());
        entries(root.putObject("interaction"), body.interaction());
        ArrayNode examples = root.putArray("examples");
        for (Example e : body.examples()) {
            ObjectNode n = examples.addObject();
            n.put("title", e.title());
            ArrayNode exchanges = n.putArray("exchanges");
            for (Exchange x : e.exchanges()) {
                exchanges.addObject().put("role", x.role()).put("text", x.text());
            }
        }
        ArrayNode templates = root.putArray("templates");
        for (CodeTemplate t : body.templates()) {
            templates
                    .addObject()
                    .put("name", t.name())
                    .put("language", t.language())
                    .put("code", t.code());
        }
        entries(root.putObject("bodyMetadata"), body.bodyMetadata());
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : persona.diagnostics()) {
            diagnostics
                    .addObject()
                    .put("severity", d.severity().name())
                    .put("code", d.code())
                    .put("message", d.message())
                    .put("line", d.line())
                    .put("column", d.column());
        }
        return root;
    }

    /** AI-LEY's keys typed as its table says, always present; every other key under {@code extra}. */
    private static ObjectNode metadata(PersonaMetadata m) {
        ObjectNode n = MAPPER.createObjectNode();
        for (String key : PersonaMetadata.KNOWN_KEYS) {
            KeySpec spec = Dialect.AI_LEY.spec().key(key).orElseThrow();
            Object v = m.values().get(key);
            Object typed = spec.fits(v) ? v : null;
            if (spec.type().isList()) {
                strings(n.putArray(key), typed == null ? List.of() : spec.items(typed));
            } else if (spec.type() == KeyType.NUMBER) {
                n.put(key, MetadataValues.number(typed).orElse(null));
            } else {
                n.put(key, KeySpec.text(typed).orElse(null));
            }
        }
        n.set("extra", MAPPER.valueToTree(m.extra()));
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void items(ArrayNode array, List<Item> items) {
        items.forEach(i -> array.add(i.text()));
    }

    /** Entries as an object; a repeated key gets its values joined by a blank line. */
    private static void entries(ObjectNode object, List<Entry> entries) {
        for (Entry e : entries) {
            String prior = object.has(e.key()) ? object.get(e.key()).asText() + "\n\n" : "";
            object.put(e.key(), prior + e.value());
        }
    }
}
