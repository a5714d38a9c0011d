package org.persona4j.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.persona4j.render.RenderedPrompt;

/**
 * As a named module: the services arrive from the module path, and no module of persona4j requires a module whose
 * name comes from its file name (what Maven warns about as "filename-based automodules").
 */
class ModularAppTest {

    @Test
    void theReaderAndTheTokenizerAreFoundAsServicesOfTheModulePath() {
        RenderedPrompt p = ModularApp.render("---\ntitle: T\n---\n## Role Summary\n\nHelps.\n", "t.md");
        assertTrue(p.systemText().contains("Helps."));
        assertEquals("cl100k_base", p.tokenizer());
        assertTrue(ModularAppTest.class.getModule().isNamed(), "the test runs inside the named module");
    }

    @Test
    void noPersona4jModuleRequiresAModuleNamedByItsFileName() {
        List<Path> path = new ArrayList<>();
        // Every jar the build resolved, module path and class path alike, read as the module path would read it.
        String all = System.getProperty("jdk.module.path", "")
                + java.io.File.pathSeparator
                + System.getProperty("java.class.path", "");
        for (String entry : all.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                path.add(Path.of(entry));
            }
        }
        Map<String, ModuleReference> modules = ModuleFinder.of(path.toArray(Path[]::new)).findAll().stream()
                .collect(Collectors.toMap(m -> m.descriptor().name(), Function.identity(), (a, b) -> a));
        List<String> ours = modules.keySet().stream()
                .filter(n -> n.startsWith("org.persona4j"))
                .sorted()
                .toList();
        assertTrue(
                ours.containsAll(List.of(
                        "org.persona4j.core",
                        "org.persona4j.validation",
                        "org.persona4j.markdown",
                        "org.persona4j.tokens")),
                ours.toString());
        List<String> filenameBased = new ArrayList<>();
        for (String name : ours) {
            ModuleDescriptor d = modules.get(name).descriptor();
            if (d.isAutomatic() && !named(modules.get(name))) {
                filenameBased.add(name + " itself");
            }
            for (ModuleDescriptor.Requires r : d.requires()) {
                ModuleReference target = modules.get(r.name());
                if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        && target != null
                        && target.descriptor().isAutomatic()
                        && !named(target)) {
                    filenameBased.add(name + " requires " + r.name());
                }
            }
        }
        assertEquals(List.of(), filenameBased);
    }

    /** Whether an automatic module's name comes from its manifest rather than its file name. */
    private static boolean named(ModuleReference ref) {
        try (var reader = ref.open()) {
            return reader.open("META-INF/MANIFEST.MF")
                    .map(in -> {
                        try (in) {
                            return new java.util.jar.Manifest(in)
                                            .getMainAttributes()
                                            .getValue("Automatic-Module-Name")
                                    != null;
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    })
                    .orElse(false);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
