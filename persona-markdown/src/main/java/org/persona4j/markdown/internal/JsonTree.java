package org.persona4j.markdown.internal;

import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.internal.MetadataValues;
import org.persona4j.internal.json.JsonArray;
import org.persona4j.internal.json.JsonObject;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;
import org.persona4j.model.Item;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;

/**
 * The JSON form of a persona (docs/ARCHITECTURE.md, "JSON form") as a tree, written by jackson-core's generator. Every key is always present (null, empty list or empty object when
 * the persona has nothing for it), so tools can rely on the shape. Kept apart from the writers so that the generator
 * is loaded only when JSON or YAML is written, not whenever personas are read.
 */
final class JsonTree {

    private JsonTree() {}

    /** The persona as indented JSON, with a final line break. */
    static String json(Persona persona) {
        return tree(persona).write(true) + "\n";
    }

    /** The JSON form as a tree. */
    static JsonObject tree(Persona persona) {
        JsonObject root = new JsonObject();
        root.put("id", persona.id());
        root.put("dialect", persona.dialect().name());
        JsonObject source = root.putObject("source");
        source.put("label", persona.source().label());
        source.put("sha256", persona.source().sha256());
        metadata(root.putObject("metadata"), persona.metadata());

        PersonaBody body = persona.body();
        root.put("heading", body.title());
        root.put("preamble", body.preamble());
        JsonArray sections = root.putArray("sections");
        for (Section s : body.sections()) {
            JsonObject n = sections.addObject();
            n.put("kind", s.kind().name());
            n.put("heading", s.heading());
            n.put("line", s.line());
            n.put("text", s.text());
        }
        root.put("roleSummary", body.roleSummary());
        items(root.putArray("goals"), body.goals());
        JsonObject capabilities = root.putObject("capabilities");
        for (CapabilityGroup g : body.capabilities()) {
            JsonArray list = capabilities.array(g.category());
            g.items().forEach(list::add);
        }
        entries(root.putObject("knowledge"), body.knowledge());
        items(root.putArray("constraints"), body.constraints());
        items(root.putArray("directives"), body.directives());
        entries(root.putObject("interaction"), body.interaction());
        JsonArray examples = root.putArray("examples");
        for (Example e : body.examples()) {
            JsonObject n = examples.addObject();
            n.put("title", e.title());
            JsonArray exchanges = n.putArray("exchanges");
            for (Exchange x : e.exchanges()) {
                exchanges.addObject().put("role", x.role()).put("text", x.text());
            }
        }
        JsonArray templates = root.putArray("templates");
        for (CodeTemplate t : body.templates()) {
            templates
                    .addObject()
                    .put("name", t.name())
                    .put("language", t.language())
                    .put("code", t.code());
        }
        entries(root.putObject("bodyMetadata"), body.bodyMetadata());
        JsonArray diagnostics = root.putArray("diagnostics");
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
    private static void metadata(JsonObject n, PersonaMetadata m) {
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
        n.putValue("extra", m.extra());
    }

    private static void strings(JsonArray array, List<String> values) {
        values.forEach(array::add);
    }

    private static void items(JsonArray array, List<Item> items) {
        items.forEach(i -> array.add(i.text()));
    }

    /** Entries as an object; a repeated key gets its values joined by a blank line. */
    private static void entries(JsonObject object, List<Entry> entries) {
        for (Entry e : entries) {
            String prior = object.has(e.key()) ? object.text(e.key()) + "\n\n" : "";
            object.put(e.key(), prior + e.value());
        }
    }
}
