package org.persona4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.TerminalText;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.routing.Router;
import org.persona4j.routing.RoutingCase;
import org.persona4j.routing.RoutingEvaluation;
import org.persona4j.routing.RoutingReport;
import org.persona4j.validation.RoutingSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona route-test}: runs routing sets through the catalog's search and gates on recall. */
@Command(
        name = "route-test",
        mixinStandardHelpOptions = true,
        description = {
            "Check routing: for each task of the routing sets, does the catalog's search put a persona that should "
                    + "handle it first, or among the first three? Reports recall@1, recall@3, the mean reciprocal "
                    + "rank (over the first 10), the misses and which persona takes which other's tasks.",
            "A routing set is YAML: 'cases:', each with 'task', 'expect' (ids, any of which is right), and optionally "
                    + "'near-misses' (ids that must not come first) and 'paraphrased: true'."
        },
        footer = {
            "",
            "Exit codes: 0 the gates hold, 1 a gate is missed (the confusion table says where), 2 usage or I/O error "
                    + "or a case that cannot be read."
        })
final class RouteTestCommand implements Callable<Integer> {

    /** The output forms. */
    enum Format {
        text,
        json
    }

    @Parameters(arity = "1..*", paramLabel = "CASES", description = "Routing set files (YAML).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--catalog",
            paramLabel = "DIR",
            description = "The directory of personas to route among (repeatable; default: the bundled personas).")
    List<Path> catalogDirs = new ArrayList<>();

    @Option(
            names = "--min-recall-at-3",
            paramLabel = "R",
            description = "Fail (exit 1) when recall@3 is below R, a share from 0 to 1.")
    Double minRecallAt3;

    @Option(
            names = "--min-recall-at-1",
            paramLabel = "R",
            description = "Fail (exit 1) when recall@1 is below R, a share from 0 to 1.")
    Double minRecallAt1;

    /** The routers a set can be run through. */
    enum RouterKind {
        search,
        hybrid
    }

    @Option(
            names = "--router",
            paramLabel = "ROUTER",
            defaultValue = "search",
            description = "search: the catalog's ranking by shared words; hybrid: by words and meaning together, with "
                    + "persona-embeddings on the class path (PERSONA_CLASSPATH). Default: ${DEFAULT-VALUE}.")
    RouterKind router;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--verbose", description = "List every note of loading the catalog, and every case with its picks.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Double gate : new Double[] {minRecallAt1, minRecallAt3}) {
            if (gate != null && !(gate >= 0 && gate <= 1)) {
                err.println("persona: a recall gate is a share from 0 to 1, such as 0.9");
                return ExitCodes.USAGE_OR_IO;
            }
        }
        List<RoutingCase> cases = new ArrayList<>();
        boolean unreadable = false;
        for (Path f : files) {
            RoutingSet read;
            try {
                read = RoutingSet.read(f);
            } catch (IOException e) {
                err.println("persona: cannot read " + TerminalText.escape(f.toString()) + ": "
                        + TerminalText.escape(String.valueOf(e.getMessage())));
                return ExitCodes.USAGE_OR_IO;
            }
            read.diagnostics().forEach(d -> err.println(TerminalText.escape(d.toString())));
            unreadable |= !read.diagnostics().isEmpty();
            cases.addAll(read.cases());
        }
        if (unreadable) {
            err.println("persona: fix the cases above; a routing set with a case that cannot be read is not run");
            return ExitCodes.USAGE_OR_IO;
        }
        if (cases.isEmpty()) {
            err.println("persona: the routing sets hold no case");
            return ExitCodes.USAGE_OR_IO;
        }
        java.util.Optional<org.persona4j.spi.EmbeddingProvider> model = java.util.ServiceLoader.load(
                        org.persona4j.spi.EmbeddingProvider.class, RouteTestCommand.class.getClassLoader())
                .findFirst();
        if (router == RouterKind.hybrid && model.isEmpty()) {
            err.println("persona: --router hybrid needs an embedding model on the class path: add persona-embeddings "
                    + "(PERSONA_CLASSPATH='persona-embeddings/target/*:persona-embeddings/target/ext/*')");
            return ExitCodes.USAGE_OR_IO;
        }
        PersonaCatalog catalog;
        try {
            PersonaCatalog.Builder builder =
                    PersonaCatalog.builder().embeddings(router == RouterKind.hybrid ? model.get() : null);
            for (Path dir : catalogDirs) {
                if (!Files.isDirectory(dir)) {
                    err.println("persona: --catalog " + TerminalText.escape(dir.toString()) + " is not a directory");
                    return ExitCodes.USAGE_OR_IO;
                }
                builder.directory(dir);
            }
            if (catalogDirs.isEmpty()) {
                builder.classpath(BundledPersonas.FOLDER_NAME);
            }
            catalog = builder.build();
        } catch (IOException e) {
            err.println("persona: " + TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
        CatalogNotes.report(catalog, err, verbose);
        for (String f : files.stream().map(Path::toString).toList()) {
            unknownIds(f, cases, catalog).forEach(d -> err.println(TerminalText.escape(d.toString())));
        }
        RoutingReport report = RoutingEvaluation.run(cases, Router.search(catalog));
        List<String> missed = new ArrayList<>();
        if (minRecallAt1 != null && report.recallAt(1) < minRecallAt1) {
            missed.add(String.format(Locale.ROOT, "recall@1 %.3f is below %.3f", report.recallAt(1), minRecallAt1));
        }
        if (minRecallAt3 != null && report.recallAt(3) < minRecallAt3) {
            missed.add(String.format(Locale.ROOT, "recall@3 %.3f is below %.3f", report.recallAt(3), minRecallAt3));
        }
        out.print(
                format == Format.json
                        ? json(report, catalog.size(), missed, router.name())
                        : text(report, catalog.size(), missed, verbose, router.name()));
        out.flush();
        return missed.isEmpty() ? 0 : ExitCodes.FINDINGS;
    }

    /** The {@code routing.unknown-id} warnings of the cases read from {@code file}. */
    private static List<Diagnostic> unknownIds(String file, List<RoutingCase> cases, PersonaCatalog catalog) {
        List<RoutingCase> fromFile = cases.stream()
                .filter(c -> c.source().map(s -> s.startsWith(file + ":")).orElse(false))
                .toList();
        return new RoutingSet(file, fromFile, List.of())
                .unknownIds(catalog).stream()
                        .filter(d -> d.severity().compareTo(Severity.INFO) > 0)
                        .toList();
    }

    static String text(RoutingReport report, int personas, List<String> missed, boolean verbose, String router) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%d task(s) (%d paraphrased) routed among %d persona(s) by %s\n\n",
                report.size(),
                report.paraphrased().size(),
                personas,
                router.equals("hybrid") ? "words and meaning (hybrid)" : "the catalog's search"));
        out.append(report.text(verbose));
        for (String m : missed) {
            out.append("\ngate missed: ").append(m).append('\n');
        }
        return out.toString();
    }

    private static String json(RoutingReport report, int personas, List<String> missed, String router) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("router", router);
        root.put("personas", personas);
        root.set("all", measures(mapper, report));
        root.set("direct", measures(mapper, report.direct()));
        root.set("paraphrased", measures(mapper, report.paraphrased()));
        ArrayNode results = root.putArray("results");
        for (RoutingReport.Result r : report.results()) {
            ObjectNode n = results.addObject();
            n.put("task", r.routingCase().task());
            r.routingCase().source().ifPresent(s -> n.put("source", s));
            n.put("rank", r.rank());
            r.picked().forEach(n.putArray("picked")::add);
            r.routingCase().expected().forEach(n.putArray("expected")::add);
            r.nearMissesPicked().forEach(n.putArray("nearMissesPicked")::add);
        }
        ArrayNode confusion = root.putArray("confusion");
        for (RoutingReport.Confusion c : report.confusion()) {
            ObjectNode n = confusion.addObject();
            n.put("expected", c.expected());
            n.put("picked", c.picked());
            c.tasks().forEach(n.putArray("tasks")::add);
        }
        missed.forEach(root.putArray("gatesMissed")::add);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode measures(ObjectMapper mapper, RoutingReport r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("cases", r.size());
        n.put("recallAt1", r.recallAt(1));
        n.put("recallAt3", r.recallAt(3));
        n.put("mrr", r.meanReciprocalRank());
        return n;
    }
}
