package org.persona4j.catalog;

import java.util.List;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;

/**
 * Where each section of a persona that {@code extends} others comes from: the resolved persona's sections in order,
 * each inherited, overridden, appended or added, then the ancestors' sections that were masked, in chain order.
 *
 * @param resolved    the persona with its ancestors merged in
 * @param chain       the chain, the persona first and its farthest ancestor last
 * @param sections    the layered sections
 * @param diagnostics what resolving found (a missing parent, a cycle): the chain stops there
 */
public record LayerReport(
        Persona resolved, List<Persona> chain, List<LayeredSection> sections, List<Diagnostic> diagnostics) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param resolved    the persona with its ancestors merged in
     * @param chain       the chain, the persona first and its farthest ancestor last
     * @param sections    the layered sections
     * @param diagnostics what resolving found (a missing parent, a cycle): the chain stops there
     */
    public LayerReport {
        Objects.requireNonNull(resolved, "resolved");
        chain = List.copyOf(chain);
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * {@return the sections in one layer}
     *
     * @param layer how a section came to be in the resolved persona
     */
    public List<LayeredSection> in(Layer layer) {
        return sections.stream().filter(s -> s.layer() == layer).toList();
    }
}
