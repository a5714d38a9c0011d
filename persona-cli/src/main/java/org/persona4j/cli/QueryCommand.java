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
import org.persona4j.Persona;
import org.persona4j.TerminalText;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaFilter;
import org.persona4j.catalog.PersonaQuery;
import org.persona4j.catalog.SearchHit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code persona query}: finds personas by facets, or ranks them against free text. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Find personas: by keyword, capability and the file they apply to, or ranked by free text.",
            "With no PATH, queries the personas bundled with the command."
        },
        footer = {"", "Exit codes: 0 ok (also when nothing matches), 2 usage or I/O error."})
final class QueryCommand implements Callable<Integer> {

    /** The output forms. */
    enum Format {
        text,
        json
    }

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH|ID",
            description = "Directories or files of personas to query, "
                    + "or ids, names or id ends of personas to restrict the answer to.")
    List<String> paths = new ArrayList<>();

    @CommandLine.Mixin
    CatalogOption catalogOption = new CatalogOption();

    @Option(names = "--keyword", paramLabel = "K", description = "A keyword the persona has (repeatable).")
    List<String> keywords = new ArrayList<>();

    @Option(names = "--capability", paramLabel = "T", description = "A capability the persona lists (repeatable).")
    List<String> capabilities = new ArrayList<>();

    @Option(
            names = "--applies-to",
            paramLabel = "FILE",
            description = "A file, relative to the catalog's root: list every persona, instruction file and rule that "
                    + "applies to it (AGENTS.md, CLAUDE.md and GEMINI.md above it, applyTo, Cursor globs and "
                    + "alwaysApply, Claude rules' paths), the strongest first; --explain says why.")
    Path appliesTo;

    @Option(
            names = "--dialect",
            paramLabel = "DIALECT",
            description = "Only personas of this dialect: " + "${COMPLETION-CANDIDATES}.")
    org.persona4j.Dialect dialect;

    @Option(names = "--tool", paramLabel = "TOOL", description = "A tool the persona lists (repeatable).")
    List<String> tools = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", description = "The model the persona names.")
    String model;

    @Option(names = "--text", paramLabel = "TEXT", description = "Free text; results are ranked by relevance.")
    String text;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "At most N results " + "(default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--explain", description = "Say why each result matched.")
    boolean explain;

    @Option(
            names = "--verbose",
            description = "List every note of loading the catalog (files that are not personas, overrides, files "
                    + "that failed) instead of a one-line count.")
    boolean verbose;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            err.println("persona: --limit must not be negative");
            return ExitCodes.USAGE_OR_IO;
        }
        PersonaCatalog catalog;
        List<String> names = new ArrayList<>();
        try {
            PersonaCatalog.Builder builder = PersonaCatalog.builder();
            boolean roots = false;
            for (String p : paths) {
                Path path = asPath(p);
                if (path != null && Files.isDirectory(path)) {
                    builder.directory(path);
                    roots = true;
                } else if (path != null && Files.exists(path)) {
                    builder.file(path);
                    roots = true;
                } else {
                    names.add(p);
                }
            }
            if (!roots && catalogOption.dir != null) {
                builder.directory(catalogOption.dir);
            } else if (!roots) {
                builder.classpath(BundledPersonas.FOLDER_NAME);
            }
            catalog = builder.build();
        } catch (IOException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        CatalogNotes.report(catalog, err, verbose);

        PersonaQuery query = catalog.query();
        if (!names.isEmpty()) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            for (String name : names) {
                try {
                    ids.add(PersonaArguments.fileOf(catalog, name).defaultId());
                } catch (PersonaArguments.Unresolved e) {
                    err.println("persona: " + e.getMessage());
                    return ExitCodes.USAGE_OR_IO;
                }
            }
            query = query.where(PersonaFilter.idIn(ids));
        }
        for (String k : keywords) {
            query = query.keyword(k);
        }
        for (String c : capabilities) {
            query = query.capability(c);
        }
        if (appliesTo != null) {
            query = query.appliesTo(appliesTo);
        }
        if (dialect != null) {
            query = query.dialect(dialect);
        }
        for (String t : tools) {
            query = query.tool(t);
        }
        if (model != null) {
            query = query.model(model);
        }
        boolean ranked = text != null && !text.isBlank();
        if (ranked) {
            query = query.text(text);
        } else if (appliesTo != null) {
            query = query.orderBy(org.persona4j.catalog.Applicability.precedence(appliesTo));
        }
        List<Result> results = new ArrayList<>();
        for (SearchHit hit : query.limit(limit).hits()) {
            results.add(new Result(
                    hit.persona(),
                    ranked ? hit.score() : Double.NaN,
                    why(hit.persona(), query) + (ranked ? hit.explain() : ""),
                    hit.twins()));
        }
        out.print(format == Format.json ? json(results) : text(results));
        out.flush();
        return 0;
    }

    /** One line of output. */
    private record Result(Persona persona, double score, String why, List<String> twins) {}

    private static Path asPath(String argument) {
        try {
            return Path.of(argument);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private String why(Persona p, PersonaQuery query) {
        StringBuilder why = new StringBuilder();
        if (!keywords.isEmpty() || !capabilities.isEmpty()) {
            why.append("matches ").append(describeFacets()).append(". ");
        }
        if (appliesTo != null) {
            org.persona4j.catalog.Applicability.of(p, appliesTo)
                    .ifPresent(a -> why.append(a.reason()).append(". "));
        }
        return why.toString();
    }

    private String describeFacets() {
        List<String> parts = new ArrayList<>();
        keywords.forEach(k -> parts.add("keyword '" + k + "'"));
        capabilities.forEach(c -> parts.add("capability '" + c + "'"));
        return String.join(" and ", parts);
    }

    private String text(List<Result> results) {
        StringBuilder out = new StringBuilder();
        for (Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-40s %s",
                    TerminalText.escape(r.persona().id()),
                    TerminalText.escape(r.persona().title())));
            if (!Double.isNaN(r.score())) {
                out.append(String.format(Locale.ROOT, "  (%.2f)", r.score()));
            }
            if (!r.twins().isEmpty()) {
                out.append("  also as ").append(TerminalText.escape(String.join(", ", r.twins())));
            }
            out.append('\n');
            if (explain && !r.why().isBlank()) {
                out.append("    ").append(TerminalText.escape(r.why().strip())).append('\n');
            }
        }
        if (results.isEmpty()) {
            out.append("no persona matches\n");
        }
        return out.toString();
    }

    private String json(List<Result> results) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Result r : results) {
            ObjectNode n = array.addObject();
            n.put("id", r.persona().id());
            n.put("title", r.persona().title());
            n.put("source", r.persona().source().label());
            if (!Double.isNaN(r.score())) {
                n.put("score", r.score());
            }
            if (explain) {
                n.put("why", r.why().strip());
            }
            if (!r.twins().isEmpty()) {
                r.twins().forEach(n.putArray("twins")::add);
            }
        }
        try {
            return mapper.writeValueAsString(array) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
