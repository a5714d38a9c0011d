package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.PersonaMetadata;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Origin;
import org.persona4j.convert.LedgerEntry.Outcome;

/** What a conversion wrote so far: the target's front matter, and a ledger entry for each source key. */
final class MappedKeys {

    private final Map<String, Object> fm = new LinkedHashMap<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final PersonaMetadata m;
    private final String file;

    MappedKeys(PersonaMetadata metadata, String file) {
        this.m = metadata;
        this.file = file;
    }

    /** The target's front matter as mapped so far. */
    Map<String, Object> frontMatter() {
        return fm;
    }

    /** The ledger entries, in the order written. */
    List<LedgerEntry> ledger() {
        return ledger;
    }

    /** Writes the target key {@code to} for the source key, unless another key wrote it first (then it is lost). */
    void put(String key, String to, Object value, Outcome outcome, String note) {
        if (fm.containsKey(to)) {
            lost(key, "'" + to + "' was already written from another key");
            return;
        }
        fm.put(to, value);
        entry(key, outcome, to, note);
    }

    /** A source key the target cannot keep, and why. */
    void lost(String key, String why) {
        entry(key, Outcome.LOST, "", why);
    }

    void entry(String key, Outcome outcome, String to, String note) {
        ledger.add(new LedgerEntry(Origin.KEY, key, outcome, to, note, file, Converter.spanOf(m, key)));
    }

    /** Two notes as one, either of which may be empty. */
    static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
