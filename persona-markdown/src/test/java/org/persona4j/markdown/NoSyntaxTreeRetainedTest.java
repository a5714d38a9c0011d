package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.catalog.PersonaCatalog;

/**
 * Behaviour behind the performance targets that could regress silently: a persona keeps no flexmark syntax tree
 * (not after an eager read, not after a lazy body is parsed, not inside a catalog), and a catalog parses no body
 * until a section is asked for. Checked by walking every object reachable from what the caller holds.
 */
class NoSyntaxTreeRetainedTest {

    @Test
    void anEagerlyReadPersonaHoldsNoSyntaxTree() throws Exception {
        Persona p = Personas.read(Fixtures.path("reference-layout.md")).expectPersona();
        assertFalse(p.sections().isEmpty());
        assertEquals(Set.of(), flexmarkReachableFrom(p));
        assertTrue(reachableTypes(p).contains("org.persona4j.model.Section"), "the walk reaches the model");
    }

    @Test
    void aCatalogParsesNoBodyToLoadOrSearchAndKeepsNoSyntaxTree(@TempDir Path dir) throws Exception {
        Files.copy(Fixtures.path("reference-layout.md"), dir.resolve("reference.md"));
        Files.copy(Fixtures.path("technical-layout.md"), dir.resolve("technical.md"));
        CountingParser parser = new CountingParser();
        PersonaCatalog catalog = PersonaCatalog.builder()
                .directory(dir)
                .reader(org.persona4j.PersonaReader.builder().parser(parser).build())
                .build();
        catalog.search("code review security", 0);
        catalog.query().keyword("java").count();
        assertEquals(0, parser.bodies.get());
        assertEquals(Set.of(), flexmarkReachableFrom(catalog));
        catalog.query().capability("testing").list();
        assertEquals(2, parser.bodies.get());
        assertEquals(Set.of(), flexmarkReachableFrom(catalog));
    }

    @Test
    void theWalkFindsASyntaxTreeWhenOneIsHeld() {
        Object holder = List.of(Optional.of(Parser.builder().build().parse("# Title\n\n- item\n")));
        assertFalse(flexmarkReachableFrom(holder).isEmpty(), "the walk must see through collections and fields");
    }

    /** The JDK's own classes hold no flexmark objects and keep their fields closed. */
    private static boolean platform(Class<?> type) {
        String n = type.getName();
        return n.startsWith("java.") || n.startsWith("jdk.") || n.startsWith("sun.");
    }

    private static void pushIfPresent(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }

    /** The flexmark classes of every object reachable from {@code root}. */
    private static Set<String> flexmarkReachableFrom(Object root) {
        Set<String> found = new java.util.TreeSet<>(reachableTypes(root));
        found.removeIf(n -> !n.startsWith("com.vladsch.flexmark"));
        return found;
    }

    /** The classes of every object reachable from {@code root}, through fields, arrays and collections. */
    private static Set<String> reachableTypes(Object root) {
        Set<String> found = new java.util.TreeSet<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            Class<?> type = o.getClass();
            found.add(type.getName());
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        pushIfPresent(todo, Array.get(o, i));
                    }
                }
            } else if (o instanceof Collection<?> c) {
                todo.addAll(c.stream().filter(java.util.Objects::nonNull).toList());
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    pushIfPresent(todo, k);
                    pushIfPresent(todo, v);
                });
            } else if (o instanceof Optional<?> opt) {
                opt.ifPresent(todo::push);
            } else if (!platform(type)) {
                for (Class<?> t = type; t != null && !platform(t); t = t.getSuperclass()) {
                    for (Field f : t.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                            f.setAccessible(true);
                            try {
                                pushIfPresent(todo, f.get(o));
                            } catch (IllegalAccessException e) {
                                throw new AssertionError(e);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
