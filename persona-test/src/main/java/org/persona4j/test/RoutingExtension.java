package org.persona4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;
import org.persona4j.Diagnostic;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.routing.Router;
import org.persona4j.routing.RoutingCase;
import org.persona4j.routing.RoutingEvaluation;
import org.persona4j.routing.RoutingReport;
import org.persona4j.validation.RoutingSet;

/**
 * Runs the routing sets of {@link RoutingCases} against the class's catalog, gives the report to a
 * {@link RoutingReport} parameter, and fails the test when a gate is missed; registered by the annotation.
 */
public final class RoutingExtension implements ParameterResolver, BeforeTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RoutingExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RoutingReport.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return report(context);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        RoutingCases cases = annotation(context);
        RoutingReport report = report(context);
        List<String> missed = new ArrayList<>();
        if (report.recallAt(1) < cases.minRecallAt1()) {
            missed.add(String.format(
                    Locale.ROOT, "recall@1 %.3f is below %.3f", report.recallAt(1), cases.minRecallAt1()));
        }
        if (report.recallAt(3) < cases.minRecallAt3()) {
            missed.add(String.format(
                    Locale.ROOT, "recall@3 %.3f is below %.3f", report.recallAt(3), cases.minRecallAt3()));
        }
        if (!missed.isEmpty()) {
            throw new AssertionFailedError(String.join("; ", missed) + describe(report));
        }
    }

    private static RoutingCases annotation(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), RoutingCases.class)
                .orElseThrow(() -> new IllegalStateException("no @RoutingCases on " + context.getDisplayName()));
    }

    private static RoutingReport report(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(context.getUniqueId(), k -> run(context), RoutingReport.class);
    }

    private static RoutingReport run(ExtensionContext context) {
        RoutingCases annotation = annotation(context);
        PersonaCatalogSource source = AnnotationSupport.findAnnotation(
                        context.getRequiredTestClass(), PersonaCatalogSource.class)
                .orElseThrow(() ->
                        new IllegalStateException(context.getRequiredTestClass().getName()
                                + " has no @PersonaCatalogSource to say which personas the tasks are routed among"));
        PersonaCatalog catalog = PersonaExtension.catalog(context, source);
        List<RoutingCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String file : annotation.value()) {
            RoutingSet set;
            try {
                set = RoutingSet.read(Path.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("the routing set " + file + " cannot be read", e);
            }
            set.diagnostics().forEach(d -> problems.add(d.toString()));
            set.unknownIds(catalog).stream().map(Diagnostic::toString).forEach(problems::add);
            cases.addAll(set.cases());
        }
        if (!problems.isEmpty()) {
            throw new AssertionFailedError("the routing sets have mistakes:\n  " + String.join("\n  ", problems));
        }
        return RoutingEvaluation.run(cases, Router.search(catalog));
    }

    /** The measures, the misses and the confusion table, for a failure message. */
    static String describe(RoutingReport report) {
        return String.format(Locale.ROOT, "\n%d task(s)\n", report.size()) + report.text(false);
    }
}
