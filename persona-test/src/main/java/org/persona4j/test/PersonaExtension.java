package org.persona4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.persona4j.Diagnostic;
import org.persona4j.catalog.PersonaCatalog;

/**
 * Resolves {@link PersonaCatalog} parameters from the test class's {@link PersonaCatalogSource}; registered by that
 * annotation. The catalog is loaded once per class and kept in the class's extension store.
 */
public final class PersonaExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PersonaExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PersonaCatalog.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        PersonaCatalogSource source = AnnotationSupport.findAnnotation(testClass, PersonaCatalogSource.class)
                .orElseThrow(() -> new ParameterResolutionException(
                        testClass.getName() + " has no " + "@PersonaCatalogSource to say where its personas are"));
        return catalog(context, source);
    }

    /** The class's catalog, loaded once: the root store outlives every class, so one load per class for the run. */
    static PersonaCatalog catalog(ExtensionContext context, PersonaCatalogSource source) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(context.getRequiredTestClass(), c -> load(source), PersonaCatalog.class);
    }

    static PersonaCatalog load(PersonaCatalogSource source) {
        PersonaCatalog.Builder b = PersonaCatalog.builder();
        for (String folder : source.value()) {
            b.classpath(folder);
        }
        for (String dir : source.directories()) {
            b.directory(Path.of(dir));
        }
        PersonaCatalog catalog;
        try {
            catalog = b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the personas of @PersonaCatalogSource cannot be read", e);
        }
        if (source.failOnErrors() && !catalog.failures().isEmpty()) {
            throw new ParameterResolutionException("personas failed to load:\n  "
                    + catalog.failures().entrySet().stream()
                            .map(PersonaExtension::describe)
                            .collect(Collectors.joining("\n  ")));
        }
        if (catalog.size() == 0) {
            throw new ParameterResolutionException("no personas found in class-path folders " + List.of(source.value())
                    + " or directories " + List.of(source.directories()));
        }
        return catalog;
    }

    private static String describe(Map.Entry<String, List<Diagnostic>> failure) {
        return failure.getValue().stream().map(Diagnostic::toString).collect(Collectors.joining("\n  "));
    }
}
