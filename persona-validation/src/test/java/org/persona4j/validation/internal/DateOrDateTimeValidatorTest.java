package org.persona4j.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateOrDateTimeValidatorTest {

    private static boolean parses(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void thePlainDateShortcutAgreesWithLocalDateParse() {
        String[] fixed = {
            "2025-01-02", "2024-02-29", "2023-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31",
            "0000-01-01", "9999-12-31", "2025-1-02", "2025/01/02", "２０２５-01-02", "+2025-01-02", "2025-01-0x"
        };
        for (String v : fixed) {
            // The shortcut takes exactly the yyyy-MM-dd dates that parse; anything else is left to the formatter.
            boolean shape = v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
            assertEquals(shape && parses(v), DateOrDateTimeValidator.isPlainDate(v), v);
        }
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String v = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            assertEquals(parses(v), DateOrDateTimeValidator.isPlainDate(v), v);
        }
    }

    @Test
    void everyShapeStillGoesThroughTheValidator() {
        DateOrDateTimeValidator validator = new DateOrDateTimeValidator();
        for (String ok : new String[] {
            "2025-01-02",
            " 2025-01-02 ",
            "2025-01-02T10:00:00Z",
            "2025-01-02T10:00",
            "2025-08-14T00:00:00.123456",
            "2025-08-14t00:00:00-05:00",
            "+12025-01-02"
        }) {
            assertEquals(true, validator.isValid(ok, null), ok);
        }
        for (String bad : new String[] {"2025-02-30", "yesterday", "2025-01-02T25:00", "2025-01-02T10:00+99:00", "-"}) {
            assertEquals(false, validator.isValid(bad, null), bad);
        }
    }

    @Test
    void acceptsExactlyWhatOneOfTheThreeParsersAccepts() {
        String[] dates = {"2025-01-02", "2025-02-30", "99-01-02", "+12025-01-02", ""};
        String[] seps = {"T", "t", " ", ""};
        String[] times = {"10:00", "10:00:00.123456", "25:00", "10", ""};
        String[] offsets = {"Z", "z", "+02:00", "-05:00", "+99:00", "[Europe/Paris]", ""};
        DateOrDateTimeValidator validator = new DateOrDateTimeValidator();
        for (String d : dates) {
            for (String sep : seps) {
                for (String time : times) {
                    for (String offset : offsets) {
                        String v = d + sep + time + offset;
                        String s = v.strip(); // the validator ignores surrounding blanks
                        boolean any = parses(s)
                                || parsesWith(s, java.time.OffsetDateTime::parse)
                                || parsesWith(s, java.time.LocalDateTime::parse);
                        assertEquals(any, validator.isValid(v, null), v);
                    }
                }
            }
        }
    }

    private static boolean parsesWith(String v, java.util.function.Function<String, ?> parser) {
        try {
            parser.apply(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
