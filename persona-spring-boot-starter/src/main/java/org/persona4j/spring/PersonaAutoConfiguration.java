package org.persona4j.spring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.Linter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Personas for a Spring application: {@link PersonaCatalogs} from {@code persona4j.locations}, linted as the
 * application starts (a finding at {@code persona4j.fail-on} or above stops it, listing every such finding), and
 * {@link PersonaPrompts} for system prompts, and with Spring AI's chat client {@link PersonaAdvisor}.
 */
@AutoConfiguration
@EnableConfigurationProperties(PersonaProperties.class)
public class PersonaAutoConfiguration {

    /**
     * {@return the catalog of {@code persona4j.locations}, linted at start-up, reloaded as configured}
     *
     * @param properties the {@code persona4j.*} properties
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PersonaCatalogs personaCatalogs(PersonaProperties properties) {
        PersonaCatalog catalog = PersonaCatalogs.load(properties.locations(), properties.settleTime());
        List<String> stopping = new ArrayList<>();
        for (Diagnostic d : findings(catalog, properties.locations())) {
            if (d.severity().compareTo(properties.failOn()) >= 0) {
                stopping.add(d.toString());
            }
        }
        if (!stopping.isEmpty()) {
            throw new IllegalStateException("persona4j: " + stopping.size() + " finding(s) at " + properties.failOn()
                    + " or above in " + properties.locations() + ":\n" + String.join("\n", stopping));
        }
        return new PersonaCatalogs(
                catalog,
                properties.reload(),
                properties.watch() ? PersonaCatalogs.directories(properties.locations()) : List.of(),
                properties.settleTime());
    }

    /**
     * {@return system prompts rendered from the current catalog}
     *
     * @param catalogs the catalog to render from
     */
    @Bean
    @ConditionalOnMissingBean
    public PersonaPrompts personaPrompts(PersonaCatalogs catalogs) {
        return new PersonaPrompts(catalogs);
    }

    /** The advisor, when Spring AI's chat client is on the class path. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(
            name = "org.springframework.ai.chat.client.advisor.api.CallAdvisor")
    static class Advisors {

        /**
         * {@return the advisor that makes a persona the system message of {@code ChatClient} calls}
         *
         * @param prompts    renders personas from the current catalog
         * @param properties the default persona ({@code persona4j.persona})
         */
        @Bean
        @ConditionalOnMissingBean
        PersonaAdvisor personaAdvisor(PersonaPrompts prompts, PersonaProperties properties) {
            return new PersonaAdvisor(prompts, properties.persona());
        }
    }

    /**
     * What start-up lint finds: the linter over every directory location, and for class-path locations (which the
     * linter cannot list) what reading them found.
     */
    private static List<Diagnostic> findings(PersonaCatalog catalog, List<String> locations) {
        List<Diagnostic> out = new ArrayList<>(catalog.diagnostics());
        catalog.failures().values().forEach(out::addAll);
        List<Path> directories = PersonaCatalogs.directories(locations);
        if (!directories.isEmpty()) {
            try {
                LintReport report = Linter.builder().build().lint(directories);
                report.files().forEach(f -> out.addAll(f.diagnostics()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }
}
