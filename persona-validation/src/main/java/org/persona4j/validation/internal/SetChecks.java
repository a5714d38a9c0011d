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

/** Checks across the files of one run: ids and titles are unique. */
public final class SetChecks {

    public static final String DUPLICATE_ID = "set.duplicate-id";
    public static final String DUPLICATE_TITLE = "set.duplicate-title";

    private SetChecks() {
    }

    /** The codes these checks report. */
    public static List<org.persona4j.validation.RuleInfo> codes() {
        return List.of(
                new org.persona4j.validation.RuleInfo(DUPLICATE_ID, Severity.ERROR,
                        "no two personas of a set share an id"),
                new org.persona4j.validation.RuleInfo(DUPLICATE_TITLE, Severity.WARNING,
                        "no two personas of a set share a title"));
    }

    /** Calls {@code report} with the index of each persona that repeats an earlier one's id or title. */
    public static void check(List<Persona> personas, BiConsumer<Integer, Diagnostic> report) {
        Map<String, Persona> ids = new HashMap<>();
        Map<String, Persona> titles = new HashMap<>();
        for (int i = 0; i < personas.size(); i++) {
            Persona p = personas.get(i);
            Persona sameId = ids.putIfAbsent(p.id(), p);
            if (sameId != null) {
                report.accept(i, new Diagnostic(Severity.ERROR, DUPLICATE_ID, "id '" + p.id() + "' is also the id "
                        + "of " + sameId.source().label() + "; give one of them another 'id' or file name",
                        p.source().label(), p.metadata().span("id").orElse(SourceSpan.FILE)));
            }
            String title = p.title().strip().toLowerCase(Locale.ROOT);
            Persona sameTitle = titles.putIfAbsent(title, p);
            if (sameTitle != null) {
                report.accept(i, new Diagnostic(Severity.WARNING, DUPLICATE_TITLE, "title '" + p.title()
                        + "' is also the title of " + sameTitle.source().label() + "; tell them apart",
                        p.source().label(), p.metadata().span("title").or(() -> p.metadata().span("name"))
                                .orElse(SourceSpan.FILE)));
            }
        }
    }
}
