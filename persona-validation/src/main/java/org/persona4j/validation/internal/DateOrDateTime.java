package org.persona4j.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is an ISO-8601 date or date-time, with or without an offset; {@code null} is valid. */
@Documented
@Constraint(validatedBy = DateOrDateTimeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateOrDateTime {

    String message() default "is not a date (2025-09-03) or a date-time (2025-09-03T10:15:30Z)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
