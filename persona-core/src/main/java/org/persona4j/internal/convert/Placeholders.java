package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.model.Section;

/**
 * A CrewAI agent's inputs on the way to another dialect: {@code {topic}} in its role, goal and backstory (filled from
 * the crew's inputs) becomes persona4j's {@code {{topic}}}, declared under the target's {@code variables:}, so that
 * rendering the converted persona asks for the same values. A target without variables keeps the text as written.
 */
final class Placeholders {

    private static final Placeholders NONE = new Placeholders(Map.of(), false, "");

    private final Map<String, Object> declarations;
    private final boolean rewrite;
    private final String note;

    private Placeholders(Map<String, Object> declarations, boolean rewrite, String note) {
        this.declarations = declarations;
        this.rewrite = rewrite;
        this.note = note;
    }

    static Placeholders of(Persona source, DialectSpec target) {
        if (source.dialect().spec().placeholders() != org.persona4j.dialect.Placeholders.CREWAI) {
            return NONE;
        }
        Map<String, Object> names = new LinkedHashMap<>();
        for (Section s : source.sections()) {
            for (String name : names(s.text())) {
                names.put(name, "string");
            }
        }
        if (names.isEmpty()) {
            return NONE;
        }
        String list = "{" + String.join("}, {", names.keySet()) + "}";
        if (target.keyFor(KeyRole.VARIABLES).isEmpty()) {
            return new Placeholders(
                    Map.of(),
                    false,
                    "CrewAI's inputs " + list + " stay as written: " + target.displayName() + "s declare no variables");
        }
        return new Placeholders(names, true, "CrewAI's inputs " + list + " became declared variables {{…}}");
    }

    /** {@return the declarations to write under {@code variables:}: each input's name with the type string} */
    Map<String, Object> declarations() {
        return declarations;
    }

    /** {@return what became of the inputs, for the ledger; empty when there were none} */
    String note() {
        return note;
    }

    /** {@return the section with each input written as {@code {{name}}}, or the section itself} */
    Section apply(Section s) {
        if (!rewrite) {
            return s;
        }
        String text = rewrite(s.text());
        return text.equals(s.text()) ? s : s.withText(text);
    }

    /**
     * The names in {@code {name}} placeholders as CrewAI finds them: a letter or underscore, then letters, digits,
     * underscores and hyphens, inside single braces.
     */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        forEach(text, (start, end) -> out.add(text.substring(start + 1, end - 1)));
        return out;
    }

    private static String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] last = {0};
        forEach(text, (start, end) -> {
            out.append(text, last[0], start)
                    .append('{')
                    .append(text, start, end)
                    .append('}');
            last[0] = end;
        });
        return out.append(text, last[0], text.length()).toString();
    }

    /** Calls {@code found} with each placeholder's {@code [start, end)}, braces included; a linear scan. */
    private static void forEach(String text, java.util.function.BiConsumer<Integer, Integer> found) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '{' || (i > 0 && text.charAt(i - 1) == '{')) {
                continue;
            }
            int j = i + 1;
            if (j >= text.length() || !(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
                continue;
            }
            while (j < text.length()
                    && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '}' && (j + 1 >= text.length() || text.charAt(j + 1) != '}')) {
                found.accept(i, j + 1);
                i = j;
            }
        }
    }
}
