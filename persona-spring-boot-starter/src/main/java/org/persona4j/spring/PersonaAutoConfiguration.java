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
        List<Diagnostic> stopping = new ArrayList<>();
        for (Diagnostic d : findings(catalog, properties.locations())) {
            if (d.severity().compareTo(properties.failOn()) >= 0) {
                stopping.add(d);
            }
        }
        if (!stopping.isEmpty()) {
            throw new PersonaLintFailureException(stopping, properties.failOn(), properties.locations());
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
     * What start-up lint finds, each finding once: the linter over every directory location, over the text of every
     * persona read from the class path (a jar cannot be walked as a directory), and what reading found.
     */
    private static List<Diagnostic> findings(PersonaCatalog catalog, List<String> locations) {
        java.util.Map<String, Diagnostic> out = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<Diagnostic> add = d -> out.putIfAbsent(d.toString(), d);
        catalog.diagnostics().forEach(add);
        catalog.failures().values().forEach(ds -> ds.forEach(add));
        Linter linter = Linter.builder().build();
        List<Path> directories = PersonaCatalogs.directories(locations);
        if (!directories.isEmpty()) {
            try {
                LintReport report = linter.lint(directories);
                report.files().forEach(f -> f.diagnostics().forEach(add));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (org.persona4j.Persona p : catalog.personas()) {
            String label = p.source().label();
            if (label.startsWith(CLASSPATH)) {
                classpathText(label.substring(CLASSPATH.length()))
                        .ifPresent(text -> linter.lint(text, label)
                                .files()
                                .forEach(f -> f.diagnostics().forEach(add)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static final String CLASSPATH = "classpath:";
    /** The most read of one class-path persona for lint: four times the reader's default file limit. */
    private static final int MAX_BYTES = 4 << 20;

    private static java.util.Optional<String> classpathText(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (java.io.InputStream in = (loader != null ? loader : PersonaAutoConfiguration.class.getClassLoader())
                .getResourceAsStream(resource)) {
            return in == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            new String(in.readNBytes(MAX_BYTES), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
