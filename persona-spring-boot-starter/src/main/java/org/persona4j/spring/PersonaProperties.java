package org.persona4j.spring;

import java.time.Duration;
import java.util.List;
import org.persona4j.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code persona4j.*}: where the personas are, how strictly they are linted at start-up, and how often they are
 * reloaded.
 *
 * @param locations {@code classpath:DIR/} or file-system directories (default: {@code classpath:personas/})
 * @param failOn    the lowest severity of a start-up lint finding that stops the application (default: error)
 * @param reload    how often the catalog is reloaded from its locations; {@code null} or zero never
 * @param watch     whether a change to a file under a directory location reloads the catalog (class-path locations are
 *                  not watched); default {@code false}
 */
@ConfigurationProperties(prefix = "persona4j")
public record PersonaProperties(List<String> locations, Severity failOn, Duration reload, boolean watch) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param locations {@code classpath:DIR/} or file-system directories (default: {@code classpath:personas/})
     * @param failOn    the lowest severity of a start-up lint finding that stops the application (default: error)
     * @param reload    how often the catalog is reloaded from its locations; {@code null} or zero never
     * @param watch     whether a change to a file under a directory location reloads the catalog (class-path locations
     *                  are not watched); default {@code false}
     */
    public PersonaProperties {
        locations = locations == null || locations.isEmpty() ? List.of("classpath:personas/") : List.copyOf(locations);
        failOn = failOn == null ? Severity.ERROR : failOn;
    }
}
