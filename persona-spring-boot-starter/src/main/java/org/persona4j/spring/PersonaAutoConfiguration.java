package org.persona4j.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.spring.internal.PersonaLocation;
import org.persona4j.validation.Linter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

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
     * @param properties     the {@code persona4j.*} properties
     * @param resourceLoader the application's, which resolves the locations
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PersonaCatalogs personaCatalogs(PersonaProperties properties, ResourceLoader resourceLoader) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        List<PersonaLocation> locations = PersonaLocation.resolve(properties.locations(), resolver);
        ClassLoader loader = resolver.getClassLoader() != null
                ? resolver.getClassLoader()
                : PersonaAutoConfiguration.class.getClassLoader();
        PersonaCatalog catalog = PersonaCatalogs.load(locations, properties.settleTime(), loader);
        List<Diagnostic> stopping = new ArrayList<>();
        for (Diagnostic d : findings(catalog, loader)) {
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
                properties.watch() ? PersonaCatalogs.directories(locations) : List.of(),
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

    /** The skill tools, when asked for and Spring AI's tool support is on the class path. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnClass(
            name = "org.springframework.ai.tool.ToolCallbackProvider")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
            prefix = "persona4j",
            name = "skill-tools",
            havingValue = "true")
    static class SkillToolCallbacks {

        /**
         * {@return the Agent Skills of the catalog as Spring AI tool callbacks}
         *
         * @param catalogs the application's catalog, read at each call
         */
        @Bean
        @ConditionalOnMissingBean
        PersonaSkillToolCallbacks personaSkillToolCallbacks(PersonaCatalogs catalogs) {
            return PersonaSkillToolCallbacks.of(catalogs);
        }
    }

    /**
     * What start-up lint finds, each finding once: what reading found, and the linter over every persona the catalog
     * holds, the files of file-system locations as files (with the configuration beside them) and class-path ones
     * by their text (a jar cannot be walked as a directory).
     */
    private static List<Diagnostic> findings(PersonaCatalog catalog, ClassLoader loader) {
        Map<String, Diagnostic> out = new LinkedHashMap<>();
        Consumer<Diagnostic> add = d -> out.putIfAbsent(d.toString(), d);
        catalog.diagnostics().forEach(add);
        catalog.failures().values().forEach(ds -> ds.forEach(add));
        Linter linter = Linter.builder().build();
        List<Path> files = catalog.personas().stream()
                .filter(p -> !p.source().label().startsWith(CLASSPATH))
                .map(p -> p.source().file())
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (!files.isEmpty()) {
            try {
                linter.lint(files).files().forEach(f -> f.diagnostics().forEach(add));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Persona p : catalog.personas()) {
            String label = p.source().label();
            if (label.startsWith(CLASSPATH)) {
                classpathText(loader, label.substring(CLASSPATH.length()))
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

    private static Optional<String> classpathText(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
