package org.persona4j.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.persona4j.internal.EditDistance;
import org.persona4j.model.SectionKind;

/**
 * A rule that makes some changes fail a build: {@code ACTION:TARGET}, or {@code version-unchanged}.
 * <ul>
 *   <li>ACTION: {@code removed}, {@code added}, {@code renamed}, {@code moved} or {@code changed} (any change);</li>
 *   <li>TARGET: a section kind ({@code constraints}, {@code directives}, {@code role-summary}, …) for changes inside
 *       sections of that kind, {@code sections}, {@code metadata}, {@code personas}, or {@code any}.</li>
 * </ul>
 * {@code removed:constraints} fires on a constraint item or a constraints section removed; {@code changed:examples}
 * on any change to examples; {@code version-unchanged} on a body changed under the same version.
 *
 * @param text the gate as written, normalized to lower case
 */
public record DiffGate(String text) {

    private static final List<String> ACTIONS = List.of("removed", "added", "renamed", "moved", "changed");
    private static final List<String> TARGETS = targets();

    /**
     * Checks the form; see {@link #parse(String)}.
     *
     * @param text the gate as written, normalized to lower case
     */
    public DiffGate {
        Objects.requireNonNull(text, "text");
        text = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!text.equals("version-unchanged")) {
            int colon = text.indexOf(':');
            String action = colon < 0 ? text : text.substring(0, colon);
            String target = colon < 0 ? "" : text.substring(colon + 1);
            if (!ACTIONS.contains(action) || !TARGETS.contains(target)) {
                throw new IllegalArgumentException("unknown gate '" + text + "'" + suggestion(text) + "; write "
                        + "ACTION:TARGET with ACTION one of " + ACTIONS + " and TARGET a section kind, sections, "
                        + "metadata, personas or any; or version-unchanged");
            }
        }
    }

    /**
     * {@return a gate from its text}
     *
     * @param text a gate such as {@code removed:constraints} or {@code version-unchanged}
     * @throws IllegalArgumentException naming the closest valid gate when the text is not one
     */
    public static DiffGate parse(String text) {
        return new DiffGate(text);
    }

    /**
     * {@return gates from a comma-separated list, as {@code --fail-on} takes them; blanks between commas are skipped}
     *
     * @param commaSeparated gates separated by commas
     */
    public static List<DiffGate> parseAll(String commaSeparated) {
        List<DiffGate> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return whether a change fires this gate}
     *
     * @param change a change of a diff
     */
    public boolean fires(Change change) {
        if (text.equals("version-unchanged")) {
            return change.type() == ChangeType.VERSION_UNCHANGED;
        }
        int colon = text.indexOf(':');
        String action = text.substring(0, colon);
        String target = text.substring(colon + 1);
        ChangeType t = change.type();
        boolean acts = switch (action) {
            case "removed" -> t.isRemoval();
            case "added" -> t.isAddition();
            case "renamed" -> t == ChangeType.SECTION_RENAMED || t == ChangeType.GROUP_RENAMED;
            case "moved" -> t == ChangeType.SECTION_MOVED;
            default -> t != ChangeType.VERSION_UNCHANGED;
        };
        return acts
                && switch (target) {
                    case "any" -> true;
                    case "sections" -> t.name().startsWith("SECTION_");
                    case "metadata" -> t.name().startsWith("METADATA_");
                    case "personas" -> t.name().startsWith("PERSONA_");
                    default -> change.kind() != null && kindName(change.kind()).equals(target);
                };
    }

    private static String kindName(SectionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> targets() {
        List<String> out = new ArrayList<>(List.of("sections", "metadata", "personas", "any"));
        for (SectionKind k : SectionKind.values()) {
            out.add(kindName(k));
        }
        return List.copyOf(out);
    }

    private static String suggestion(String text) {
        if (text.length() > 64) {
            return "";
        }
        List<String> all = new ArrayList<>(List.of("version-unchanged"));
        for (String a : ACTIONS) {
            for (String t : TARGETS) {
                all.add(a + ":" + t);
            }
        }
        String best = all.stream()
                .min(Comparator.comparingInt(g -> EditDistance.between(text, g)))
                .orElseThrow();
        return EditDistance.between(text, best) <= Math.max(2, text.length() / 4)
                ? "; did you mean '" + best + "'?"
                : "";
    }

    @Override
    public String toString() {
        return text;
    }
}
