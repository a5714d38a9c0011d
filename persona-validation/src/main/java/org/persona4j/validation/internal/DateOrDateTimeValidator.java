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
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException notADate) {
            // try the date-time forms
        }
        try {
            OffsetDateTime.parse(v);
            return true;
        } catch (DateTimeParseException notOffset) {
            // try without an offset
        }
        try {
            LocalDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
