package org.persona4j.validation;

import java.util.Locale;
import org.persona4j.Severity;

/** The level a configuration gives a rule: off, or the severity its findings are reported at. */
public enum Level {
    /** The rule does not report. */
    OFF,
    /** Reported as a note. */
    INFO,
    /** Reported as a warning. */
    WARNING,
    /** Reported as an error: the run fails. */
    ERROR;

    /** {@return the severity findings get at this level; {@code null} for {@link #OFF}} */
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
     * @param text the level's name
     * @return the level
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Level parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Level level = SPELLINGS.get(t);
        if (level == null) {
            throw new IllegalArgumentException("unknown level '" + text + "'; use off, info, warning or error");
        }
        return level;
    }

    /** {@return every word {@link #parse} takes (in any case), with the level it means} */
    public static java.util.Map<String, Level> spellings() {
        return SPELLINGS;
    }

    private static final java.util.Map<String, Level> SPELLINGS = spellingTable();

    private static java.util.Map<String, Level> spellingTable() {
        java.util.Map<String, Level> m = new java.util.LinkedHashMap<>();
        for (String s : new String[] {"off", "false", "none", "ignore"}) {
            m.put(s, OFF);
        }
        m.put("info", INFO);
        m.put("note", INFO);
        m.put("warning", WARNING);
        m.put("warn", WARNING);
        m.put("error", ERROR);
        m.put("err", ERROR);
        return java.util.Collections.unmodifiableMap(m);
    }
}
