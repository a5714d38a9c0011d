package org.persona4j.dialect;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The vendor documentation a fact of a dialect's table comes from, and the day it was last checked against it.
 *
 * @param title   what the page is, for people ({@code Claude Code: subagents})
 * @param url     where it is
 * @param checked the day the table was compared with it
 */
public record DocSource(String title, URI url, LocalDate checked) {

    /** persona4j itself, the source of the keys it adds to every dialect ({@code id}, {@code extends}…). */
    public static final DocSource PERSONA4J = of(
            "persona4j: keys of its own (id, extends, append, variables)",
            "https://github.com/persona4j/persona4j/blob/main/README.md",
            "2026-12-06");

    /**
     * Checks the components.
     *
     * @param title   what the page is, for people ({@code Claude Code: subagents})
     * @param url     where it is
     * @param checked the day the table was compared with it
     */
    public DocSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checked, "checked");
    }

    /**
     * {@return a source from its parts}
     *
     * @param title   what the page is
     * @param url     where it is, an absolute {@code https} address
     * @param checked the day it was checked, {@code yyyy-MM-dd}
     */
    public static DocSource of(String title, String url, String checked) {
        return new DocSource(title, URI.create(url), LocalDate.parse(checked));
    }
}
