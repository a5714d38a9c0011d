package org.persona4j.internal.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.KeyRole;

/** A file that takes, by its front matter's {@code id}, the id another file has by its path. */
final class IdShadowing {

    private IdShadowing() {}

    /**
     * The entries whose front-matter {@code id} takes the id another file has by its path, each reported on the file
     * that took it: they are left out, so that the file the id belongs to is what the catalog serves (a higher
     * {@code version} in the taker would otherwise make its text the one rendered).
     */
    static Set<CatalogEntry> shadowing(Collection<CatalogEntry> entries, List<Diagnostic> diagnostics) {
        Map<String, CatalogEntry> byPath = new HashMap<>();
        for (CatalogEntry e : entries) {
            if (e.metadata().text(KeyRole.ID).isEmpty()) {
                byPath.putIfAbsent(e.id(), e);
            }
        }
        Set<CatalogEntry> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CatalogEntry e : entries) {
            if (e.metadata().text(KeyRole.ID).isEmpty()) {
                continue;
            }
            CatalogEntry other = byPath.get(e.id());
            if (other != null && other != e) {
                out.add(e);
                diagnostics.add(DiagnosticCodes.CATALOG_ID_SHADOWS.at(
                        e.source().label(),
                        e.metadata().span(KeyRole.ID).orElse(SourceSpan.FILE),
                        "'id: " + e.id() + "' takes the id that "
                                + other.source().label() + " has by its path, so this file is left out and that one "
                                + "is served. Give this persona another id"));
            }
        }
        return out;
    }
}
