package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;
import org.persona4j.validation.Findings;
import org.persona4j.validation.Layout;
import org.persona4j.validation.LintRule;
import org.persona4j.validation.LintTarget;

/**
 * Checks sections against the profile's layout: every expected kind present, not repeated more often than the
 * layout repeats it, not empty, and (for ordered profiles) in the layout's order.
 */
public final class LayoutRules {

    private LayoutRules() {}

    public static List<LintRule> rules() {
        return List.of(
                new SimpleRule(
                        "layout.missing-section",
                        Severity.WARNING,
                        "every section of the profile's layout is present",
                        LayoutRules::missing),
                new SimpleRule(
                        "layout.duplicate-section",
                        Severity.WARNING,
                        "no section kind appears more often than the layout has it",
                        LayoutRules::duplicates),
                new SimpleRule(
                        "layout.empty-section", Severity.WARNING, "no section is a heading alone", LayoutRules::empty),
                new SimpleRule(
                        "layout.out-of-order",
                        Severity.WARNING,
                        "sections follow the profile's order",
                        LayoutRules::order));
    }

    private static List<Section> known(Persona p) {
        return p.sections().stream().filter(s -> s.kind() != SectionKind.OTHER).toList();
    }

    private static void missing(LintTarget target, Findings findings) {
        Layout layout = target.profile().layout();
        Map<SectionKind, Integer> have = counts(known(target.persona()));
        if (!target.persona().body().preamble().isBlank()) {
            have.merge(SectionKind.ROLE_SUMMARY, 1, Integer::sum);
        }
        Map<SectionKind, Integer> want = counts(layout.required());
        for (Map.Entry<SectionKind, Integer> w : want.entrySet()) {
            if (have.getOrDefault(w.getKey(), 0) == 0) {
                findings.report(
                        SourceSpan.FILE,
                        "no " + describe(w.getKey()) + " section; the " + layout.name()
                                + " layout expects one, for example '## " + example(w.getKey()) + "'");
            }
        }
    }

    private static void duplicates(LintTarget target, Findings findings) {
        if (target.profile().layout().required().isEmpty()) {
            return; // free text: its headings are not the sections of a layout
        }
        Map<SectionKind, Integer> allowed = counts(target.profile().layout().required());
        Map<SectionKind, Section> first = new EnumMap<>(SectionKind.class);
        Map<SectionKind, Integer> seen = new EnumMap<>(SectionKind.class);
        for (Section s : known(target.persona())) {
            int n = seen.merge(s.kind(), 1, Integer::sum);
            first.putIfAbsent(s.kind(), s);
            if (n > Math.max(1, allowed.getOrDefault(s.kind(), 0))) {
                findings.report(
                        s.span(),
                        "section '" + s.heading() + "' repeats the " + describe(s.kind())
                                + " of '" + first.get(s.kind()).heading() + "' (line "
                                + first.get(s.kind()).line()
                                + "); merge them");
            }
        }
    }

    private static void empty(LintTarget target, Findings findings) {
        for (Section s : target.persona().sections()) {
            if (s.text().isBlank()) {
                findings.report(
                        s.span(),
                        "section '" + s.heading() + "' has nothing under its heading; write it or "
                                + "remove the heading");
            }
        }
    }

    /** Walks the sections against the layout; a kind that only fits earlier in the layout is out of order. */
    private static void order(LintTarget target, Findings findings) {
        if (!target.profile().ordered()) {
            return;
        }
        List<SectionKind> layout = target.profile().layout().required();
        int position = 0;
        Section previous = null;
        for (Section s : known(target.persona())) {
            int at = indexFrom(layout, s.kind(), position);
            if (at >= 0) {
                position = at + 1;
                previous = s;
            } else if (layout.subList(0, Math.min(position, layout.size())).contains(s.kind()) && previous != null) {
                findings.report(
                        s.span(),
                        "section '" + s.heading() + "' comes after '" + previous.heading()
                                + "' (line " + previous.line() + "), but the "
                                + target.profile().name()
                                + " layout puts it earlier; move it up");
            }
        }
    }

    private static int indexFrom(List<SectionKind> layout, SectionKind kind, int from) {
        for (int i = from; i < layout.size(); i++) {
            if (layout.get(i) == kind) {
                return i;
            }
        }
        return -1;
    }

    private static Map<SectionKind, Integer> counts(List<?> items) {
        Map<SectionKind, Integer> counts = new EnumMap<>(SectionKind.class);
        for (Object o : items) {
            SectionKind k = o instanceof Section s ? s.kind() : (SectionKind) o;
            counts.merge(k, 1, Integer::sum);
        }
        return counts;
    }

    private static String describe(SectionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
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

    /** For tests and rule listings: the kinds in a layout, in order. */
    static List<SectionKind> kinds(Layout layout) {
        return new ArrayList<>(layout.required());
    }
}
