package org.persona4j.internal.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bold-key scanner gives what its regular-expression definition gives, on every seeded input. */
class LabelsTest {

    /** The definition: {@code **Key**: value} or {@code **Key:** value}, with {@code __} as well. */
    private static final Pattern BOLD_KEY =
            Pattern.compile("(?s)^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)[ \\t]*+:?[ \\t]*+(.*)$");

    private static final String ALPHABET = "**__:: \t\nab.é";

    @Test
    void boldKeyEqualsTheRegularExpression() {
        Random r = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            String s = (r.nextBoolean() ? "**" : "") + random(r);
            Matcher m = BOLD_KEY.matcher(s);
            Labels.KeyValue expected = m.matches() ? new Labels.KeyValue(m.group(1), m.group(2)) : null;
            assertEquals(
                    expected, Labels.boldKey(s), () -> s.replace("\n", "\\n").replace("\t", "\\t"));
        }
    }

    @Test
    void boldKeyReadsTheUsualShapes() {
        assertEquals(
                new Labels.KeyValue("Languages", "Java 17, Kotlin"), Labels.boldKey("**Languages**: Java 17, Kotlin"));
        assertEquals(new Labels.KeyValue("Tone:", "direct"), Labels.boldKey("**Tone:** direct"));
        assertEquals(null, Labels.boldKey("plain item"));
        assertEquals(null, Labels.boldKey("****"));
    }

    private static String random(Random r) {
        StringBuilder s = new StringBuilder();
        for (int k = r.nextInt(14); k > 0; k--) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void theRoleLinePrefilterNeverRejectsALineTheRoleLinePatternAccepts() {
        Pattern role = Pattern.compile(
                "^\\s*(?:[-*>]\\s+)?(?:\\*\\*|__)?"
                        + "(User|Agent|Assistant|Human|AI|Persona|Customer|Client|Developer|Model|System|Bot)"
                        + "(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?[ \\t]?(.*)$",
                Pattern.CASE_INSENSITIVE);
        String[] pieces = {
            "User", "agent", "AI", "Bot", "sYsTeM", "Kelvin", ":", " ", "\t", "-", "*", "**", ">", "_", "__", "x",
            "said", "\u212A", "Us", "er", "Ag ent"
        };
        Random r = new Random(4);
        int matched = 0;
        int rejected = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(7); k > 0; k--) {
                s.append(pieces[r.nextInt(pieces.length)]);
            }
            String line = s.toString();
            if (role.matcher(line).matches()) {
                matched++;
                org.junit.jupiter.api.Assertions.assertTrue(Examples.mayBeRoleLine(line), line);
                String within = "User: x\n" + line + "\nAgent: y";
                org.junit.jupiter.api.Assertions.assertTrue(Examples.mayBeRoleLine(within, 8, 8 + line.length()), line);
            } else if (!Examples.mayBeRoleLine(line)) {
                rejected++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(matched > 100, "the generator makes role lines");
        org.junit.jupiter.api.Assertions.assertTrue(rejected > 10_000, "the prefilter rejects most other lines");
    }
}
