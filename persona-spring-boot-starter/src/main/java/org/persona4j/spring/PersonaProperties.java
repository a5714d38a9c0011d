package org.persona4j.spring;

import java.time.Duration;
import java.util.List;
import org.persona4j.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code persona4j.*}: where the personas are, how strictly they are linted at start-up, how often they are
 * reloaded, and the persona {@link PersonaAdvisor} applies. IDEs learn these properties from the configuration
 * metadata the build writes from the descriptions below.
 *
 * @param locations Where the personas are: class-path folders (classpath:personas/ or classpath*:personas/, both
 *                  read from every jar and directory that has the folder), file-system directories or files (a
 *                  path or file:path), each optionally ending in an Ant-style pattern (classpath*:personas/team-*.md,
 *                  file:agents/** for a tree).
 *                  Default: classpath:personas/.
 * @param failOn    The lowest severity of a start-up lint finding that stops the application (INFO, WARNING or
 *                  ERROR). Default: ERROR.
 * @param reload    How often the catalog is reloaded from its locations, as 30s or 5m. Default: never.
 * @param watch     Whether a change to a file under a directory location reloads the catalog. Class-path locations
 *                  are not watched. Default: false.
 * @param settleTime How long a changed file must rest and read the same before a reload serves it in place of its
 *                  previous version; zero serves every change at once. Default: 2s.
 * @param persona   The persona PersonaAdvisor applies to a chat call that names none: an id, a name or a unique end
 *                  of an id. Default: none.
 * @param skillTools Whether the Agent Skills of the locations are offered as Spring AI tool callbacks (list_skills,
 *                  load_skill, read_skill_file) through a PersonaSkillToolCallbacks bean. Off by default: Spring AI's
 *                  MCP server exposes every such bean. Default: false.
 */
@ConfigurationProperties(prefix = "persona4j")
public record PersonaProperties(
        List<String> locations,
        Severity failOn,
        Duration reload,
        boolean watch,
        Duration settleTime,
        String persona,
        boolean skillTools) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param locations {@code classpath:DIR/}, {@code classpath*:DIR/}, {@code file:DIR} or a path, each optionally
     *                  ending in an Ant-style pattern (default: {@code classpath:personas/})
     * @param failOn    the lowest severity of a start-up lint finding that stops the application (default: error)
     * @param reload    how often the catalog is reloaded from its locations; {@code null} or zero never
     * @param watch     whether a change to a file under a directory location reloads the catalog (class-path locations
     *                  are not watched); default {@code false}
     * @param settleTime how long a changed file must rest and read the same before a reload serves it (default 2 s)
     * @param persona   the persona {@link PersonaAdvisor} applies to calls that name none; none by default
     * @param skillTools whether the skills are offered as Spring AI tool callbacks; default {@code false}
     */
    public PersonaProperties {
        locations = locations == null || locations.isEmpty() ? List.of("classpath:personas/") : List.copyOf(locations);
        failOn = failOn == null ? Severity.ERROR : failOn;
        settleTime = settleTime == null ? DEFAULT_SETTLE : settleTime;
        if (settleTime.isNegative()) {
            throw new IllegalArgumentException("persona4j.settle-time must not be negative, was " + settleTime);
        }
    }

    /**
     * An application serves what it reads to every request, so a change waits longer than in a bare catalog: it is
     * served once it has read the same for two seconds, longer than the pauses of a writer that rewrites a file in
     * place part by part.
     */
    static final Duration DEFAULT_SETTLE = Duration.ofSeconds(2);
}
