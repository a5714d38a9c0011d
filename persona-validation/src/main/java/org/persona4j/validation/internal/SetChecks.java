package org.persona4j.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.KeyRole;

/** Checks across the files of one run: ids and titles are unique. */
public final class SetChecks {

    public static final String DUPLICATE_ID = "set.duplicate-id";
    public static final String DUPLICATE_TITLE = "set.duplicate-title";

    private SetChecks() {}

    /** The codes these checks report. */
    public static List<org.persona4j.validation.RuleInfo> codes() {
        return List.of(
                new org.persona4j.validation.RuleInfo(
                        DUPLICATE_ID, Severity.ERROR, "no two personas of a set share an id"),
                new org.persona4j.validation.RuleInfo(
                        DUPLICATE_TITLE, Severity.WARNING, "no two personas of a set share a title"));
    }

    /**
     * What the checks across files need of a persona: its id, its title, where it was read from, and where its id
     * and title are written.
     *
     * @param id        the id
     * @param title     the title
     * @param label     the file's label
     * @param idSpan    where the id is written, or the file
     * @param titleSpan where the title (or name) is written, or the file
     */
    public record Entry(String id, String title, String label, SourceSpan idSpan, SourceSpan titleSpan) {

        /** The entry of a persona. */
        public static Entry of(Persona p) {
            return new Entry(
                    p.id(),
                    p.title(),
                    p.source().label(),
                    p.metadata().span(KeyRole.ID).orElse(SourceSpan.FILE),
                    p.metadata()
                            .span(KeyRole.TITLE)
                            .or(() -> p.metadata().span(KeyRole.NAME))
                            .orElse(SourceSpan.FILE));
        }
    }

    /** Calls {@code report} with the index of each persona that repeats an earlier one's id or title. */
    public static void check(List<Entry> personas, BiConsumer<Integer, Diagnostic> report) {
        Map<String, Entry> ids = new HashMap<>();
        Map<String, Entry> titles = new HashMap<>();
        for (int i = 0; i < personas.size(); i++) {
            Entry p = personas.get(i);
            Entry sameId = ids.putIfAbsent(p.id(), p);
            if (sameId != null) {
                report.accept(
                        i,
                        new Diagnostic(
                                Severity.ERROR,
                                DUPLICATE_ID,
                                "id '" + p.id() + "' is also the id " + "of " + sameId.label()
                                        + "; give one of them another 'id' or file name",
                                p.label(),
                                p.idSpan()));
            }
            String title = p.title().strip().toLowerCase(Locale.ROOT);
            Entry sameTitle = titles.putIfAbsent(title, p);
            if (sameTitle != null) {
                report.accept(
                        i,
                        new Diagnostic(
                                Severity.WARNING,
                                DUPLICATE_TITLE,
                                "title '" + p.title() + "' is also the title of " + sameTitle.label()
                                        + "; tell them apart",
                                p.label(),
                                p.titleSpan()));
            }
        }
    }
}
