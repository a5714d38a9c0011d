package org.persona4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The README's configuration for the starter, as written: an application with it starts, binds every key to the
 * property it names, and offers the skill tools it switches on.
 */
class ReadmeConfigurationTest {

    /** The first {@code yaml} block after the README's Spring heading. */
    private static Map<String, Object> readmeConfiguration() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Spring Boot and Spring AI");
        int from = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int to = readme.indexOf("```", from);
        assertTrue(section >= 0 && from > section && to > from, "the README's Spring section has a yaml block");
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(readme.substring(from, to));
        @SuppressWarnings("unchecked")
        Map<String, Object> persona4j = (Map<String, Object>) ((Map<String, Object>) root).get("persona4j");
        return persona4j;
    }

    @Test
    void theReadmesConfigurationStartsAnApplicationWithEveryPropertyItNames() throws IOException {
        Map<String, Object> configured = readmeConfiguration();
        List<String> pairs = new ArrayList<>();
        configured.forEach((key, value) -> pairs.add("persona4j." + key + "="
                + (value instanceof List<?> l
                        ? String.join(",", l.stream().map(String::valueOf).toList())
                        : value)));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PersonaAutoConfiguration.class))
                .withPropertyValues(pairs.toArray(String[]::new))
                .run(ctx -> {
                    assertEquals(null, ctx.getStartupFailure());
                    PersonaProperties bound = ctx.getBean(PersonaProperties.class);
                    assertEquals(configured.get("locations"), bound.locations());
                    assertEquals(
                            String.valueOf(configured.get("fail-on")),
                            bound.failOn().name());
                    assertEquals(configured.get("persona"), bound.persona());
                    assertEquals(configured.get("watch"), bound.watch());
                    assertEquals(configured.get("skill-tools"), bound.skillTools());
                    assertTrue(bound.reload() != null && !bound.reload().isZero());
                    assertEquals(2, ctx.getBean(PersonaCatalogs.class).current().size(), "classpath*:personas/");
                    assertEquals(3, ctx.getBean(PersonaSkillToolCallbacks.class).getToolCallbacks().length);
                });
    }
}
