package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.ReadResult;
import org.persona4j.SourceSpan;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Origin;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.model.Section;

/**
 * Reads a conversion's text back as its target dialect and compares every mapped key and section with the source.
 * Values compare as written: strings stripped, numbers by their decimal text, lists and maps item by item.
 */
public final class ReadBackCheck {

    private ReadBackCheck() {}

    public static List<Diagnostic> compare(Conversion conversion) {
        ReadResult result = conversion.readBack();
        if (result.findPersona().isEmpty()) {
            return List.of(DiagnosticCodes.CONVERT_MISMATCH.at(
                    conversion.path(), SourceSpan.FILE, "the converted file does not read back as a persona"));
        }
        Persona back = result.findPersona().get();
        Persona source = conversion.source();
        List<Diagnostic> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (LedgerEntry e : conversion.ledger()) {
            if (e.outcome() != Outcome.MAPPED) {
                continue;
            }
            if (e.origin() == Origin.KEY) {
                Object expected = normal(source.metadata().value(e.name()).orElse(null));
                Object actual = normal(back.metadata().value(e.target()).orElse(null));
                if (!Objects.equals(expected, actual)) {
                    out.add(DiagnosticCodes.CONVERT_MISMATCH.at(
                            conversion.path(),
                            back.metadata().span(e.target()).orElse(SourceSpan.FILE),
                            "'" + e.target()
                                    + "' reads back as " + shown(actual) + ", not as " + shown(expected) + " from '"
                                    + e.name() + "' at " + e.location()));
                }
            } else {
                int n = seen.merge(e.name(), 1, Integer::sum);
                String expected = nth(source.sections(), e.name(), n);
                String actual = nth(back.sections(), e.name(), n);
                if (!Objects.equals(expected, actual)) {
                    out.add(DiagnosticCodes.CONVERT_MISMATCH.at(
                            conversion.path(),
                            SourceSpan.FILE,
                            "section '"
                                    + shorten(e.name()) + "' reads back "
                                    + (actual == null ? "missing" : "with other text") + " (from " + e.location()
                                    + ")"));
                }
            }
        }
        return out;
    }

    /** The text of the {@code n}th section with this heading, or {@code null}. */
    private static String nth(List<Section> sections, String heading, int n) {
        int k = 0;
        for (Section s : sections) {
            if (s.heading().equals(heading) && ++k == n) {
                return s.text();
            }
        }
        return null;
    }

    private static Object normal(Object value) {
        if (value instanceof String s) {
            return s.strip();
        }
        if (value instanceof Number number) {
            boolean finite = !(number instanceof Double d) || Double.isFinite(d);
            return finite
                    ? new java.math.BigDecimal(number.toString())
                            .stripTrailingZeros()
                            .toPlainString()
                    : number.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadBackCheck::normal).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normal(v)));
            return out;
        }
        return value;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static String shown(Object value) {
        return value == null ? "nothing" : "'" + shorten(String.valueOf(value)) + "'";
    }
}
