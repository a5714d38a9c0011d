package org.persona4j.validation;

import java.util.Locale;
import org.persona4j.Severity;

/** The level a configuration gives a rule: off, or the severity its findings are reported at. */
public enum Level {
    OFF, INFO, WARNING, ERROR;

    /** The severity findings get at this level; {@code null} for {@link #OFF}. */
    public Severity severity() {
        return switch (this) {
            case OFF -> null;
            case INFO -> Severity.INFO;
            case WARNING -> Severity.WARNING;
            case ERROR -> Severity.ERROR;
        };
    }

    /**
     * Parses {@code off}, {@code info}, {@code warning} (or {@code warn}), {@code error}, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Level parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "off", "false", "none", "ignore" -> OFF;
            case "info", "note" -> INFO;
            case "warning", "warn" -> WARNING;
            case "error", "err" -> ERROR;
            default -> throw new IllegalArgumentException("unknown level '" + text
                    + "'; use off, info, warning or error");
        };
    }
}
