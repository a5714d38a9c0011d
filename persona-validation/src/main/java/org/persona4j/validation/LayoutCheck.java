package org.persona4j.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

/**
 * Checks that a persona's sections follow a {@link Layout}: every required kind present, once, non-empty and in
 * order. A role summary written as the text before the first section counts as present. Immutable and thread-safe.
 */
public final class LayoutCheck {

    /** A required section kind is missing. */
    public static final String MISSING_SECTION = "layout.missing-section";
    /** A section kind appears more than once. */
    public static final String DUPLICATE_SECTION = "layout.duplicate-section";
    /** A section has a heading and nothing under it. */
    public static final String EMPTY_SECTION = "layout.empty-section";
    /** A section comes before one that the layout puts earlier. */
    public static final String OUT_OF_ORDER = "layout.out-of-order";

    private final Layout layout;

    public LayoutCheck(Layout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** The findings for one persona, in file order; empty when it follows the layout. */
    public List<Diagnostic> check(Persona persona) {
        String label = persona.source().label();
        List<Diagnostic> out = new ArrayList<>();
        Map<SectionKind, Section> first = new EnumMap<>(SectionKind.class);
        int lastRank = -1;
        Section lastRanked = null;
        for (Section s : persona.sections()) {
            if (s.kind() == SectionKind.OTHER) {
                continue;
            }
            if (s.text().isBlank()) {
                out.add(warning(EMPTY_SECTION, "section '" + s.heading() + "' is empty; write its content or remove "
                        + "the heading", label, s.span()));
            }
            Section earlier = first.putIfAbsent(s.kind(), s);
            if (earlier != null) {
                out.add(warning(DUPLICATE_SECTION, "section '" + s.heading() + "' repeats " + describe(s.kind())
                        + " already given on line " + earlier.line() + "; merge them", label, s.span()));
                continue;
            }
            int rank = layout.required().indexOf(s.kind());
            if (rank >= 0) {
                if (rank < lastRank) {
                    out.add(warning(OUT_OF_ORDER, "section '" + s.heading() + "' should come before '"
                            + lastRanked.heading() + "' (line " + lastRanked.line() + ") in the " + layout.name()
                            + " layout", label, s.span()));
                } else {
                    lastRank = rank;
                    lastRanked = s;
                }
            }
        }
        for (SectionKind kind : layout.required()) {
            boolean present = first.containsKey(kind)
                    || (kind == SectionKind.ROLE_SUMMARY && !persona.body().preamble().isBlank());
            if (!present) {
                out.add(warning(MISSING_SECTION, "no " + describe(kind) + " section; the " + layout.name()
                        + " layout expects one (for example '## " + example(kind) + "')", label, SourceSpan.FILE));
            }
        }
        return List.copyOf(out);
    }

    private static Diagnostic warning(String code, String message, String label, SourceSpan span) {
        return new Diagnostic(Severity.WARNING, code, message, label, span);
    }

    private static String describe(SectionKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String example(SectionKind kind) {
        return switch (kind) {
            case ROLE_SUMMARY -> "Role Summary";
            case GOALS -> "Goals & Responsibilities";
            case CAPABILITIES -> "Tools & Capabilities";
            case KNOWLEDGE -> "Knowledge Scope";
            case CONSTRAINTS -> "Constraints";
            case DIRECTIVES -> "Behavioral Directives";
            case INTERACTION -> "Interaction Protocol";
            case EXAMPLES -> "Example Workflows";
            case TEMPLATES -> "Templates & Patterns";
            case METADATA -> "Metadata";
            case OTHER -> "";
        };
    }
}
