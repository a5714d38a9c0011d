package org.persona4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.persona4j.Diagnostic;
import org.persona4j.catalog.PersonaCatalog;

/**
 * What loading a catalog noted (files that are not personas, overrides, files that failed), on standard error: every
 * note with {@code --verbose}, else one line that counts them by code, so that a query's answer is not lost among
 * hundreds of notes about files it skipped.
 */
final class CatalogNotes {

    private CatalogNotes() {}

    static void report(PersonaCatalog catalog, PrintWriter err, boolean verbose) {
        List<Diagnostic> all = new ArrayList<>(catalog.diagnostics());
        catalog.failures().values().forEach(all::addAll);
        if (verbose) {
            all.forEach(d -> err.println(org.persona4j.TerminalText.escape(d.toString())));
            return;
        }
        if (all.isEmpty()) {
            return;
        }
        Map<String, Integer> byCode = new TreeMap<>();
        all.forEach(d -> byCode.merge(d.code(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        byCode.forEach((code, n) -> counts.add(n + " " + code));
        int failed = catalog.failures().size();
        err.println("persona: "
                + (failed > 0 ? failed + " file(s) not read; " : "")
                + "notes while loading: " + String.join(", ", counts) + " (--verbose lists them)");
    }
}
