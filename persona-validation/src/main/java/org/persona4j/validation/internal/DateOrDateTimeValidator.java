package org.persona4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks {@link DateOrDateTime}. */
public final class DateOrDateTimeValidator implements ConstraintValidator<DateOrDateTime, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String v = value.strip();
        if (v.length() > 64) {
            return false;
        }
        if (isPlainDate(v)) {
            return true;
        }
        // The form the text looks like is tried first, so a valid value throws nothing on the way (most files write
        // a date-time without an offset, which failed as a date and as an offset date-time first); a value that
        // fails its own form is tried as the others, so what is accepted does not depend on the guess.
        int t = Math.max(v.indexOf('T'), v.indexOf('t'));
        String time = t < 0 ? "" : v.substring(t + 1);
        boolean offset = time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
        Form first = t < 0 ? Form.DATE : offset ? Form.OFFSET_DATE_TIME : Form.DATE_TIME;
        if (first.parses(v)) {
            return true;
        }
        for (Form other : Form.values()) {
            if (other != first && other.parses(v)) {
                return true;
            }
        }
        return false;
    }

    /** The three forms a value may take. */
    private enum Form {
        DATE,
        OFFSET_DATE_TIME,
        DATE_TIME;

        boolean parses(String v) {
            try {
                switch (this) {
                    case DATE -> LocalDate.parse(v);
                    case OFFSET_DATE_TIME -> OffsetDateTime.parse(v);
                    case DATE_TIME -> LocalDateTime.parse(v);
                }
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /**
     * Whether the value is a valid {@code yyyy-MM-dd} date, checked without the formatter machinery; other shapes go
     * to the parsers, and {@link LocalDate#parse} gives the same answer for this one (the test holds them to it).
     */
    static boolean isPlainDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        try {
            LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
            return true;
        } catch (java.time.DateTimeException notADay) {
            return false; // such as 2025-02-30; LocalDate.parse refuses it too
        }
    }
}
