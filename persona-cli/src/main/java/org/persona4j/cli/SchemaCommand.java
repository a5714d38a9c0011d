package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.persona4j.Dialect;
import org.persona4j.validation.Schemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code persona schema}: prints the JSON Schema of a dialect's front matter or of the lint configuration. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Print a JSON Schema (draft 2020-12) for editors: the front matter of a dialect, or "
                    + ".persona-lint.yaml. They say what the linter checks.",
            "With --out DIR, write every schema to DIR instead: one per dialect and persona-lint.json."
        },
        footer = {"", "Exit codes: 0 ok, 2 usage or I/O error."})
final class SchemaCommand implements Callable<Integer> {

    @Option(
            names = "--dialect",
            paramLabel = "DIALECT",
            defaultValue = "ai-ley",
            description = "The dialect whose front matter the schema describes (default: ai-ley): "
                    + "${COMPLETION-CANDIDATES}.")
    Dialect dialect;

    @Option(names = "--lint-config", description = "The schema of .persona-lint.yaml instead.")
    boolean lintConfig;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every schema into DIR.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out == null) {
            stdout.print(lintConfig ? Schemas.lintConfig() : Schemas.frontMatter(dialect));
            stdout.flush();
            return 0;
        }
        try {
            for (Dialect d : Dialect.values()) {
                SafeWrites.write(
                        out.resolve(Schemas.fileName(d)),
                        Schemas.frontMatter(d).getBytes(StandardCharsets.UTF_8),
                        java.util.List.of());
            }
            SafeWrites.write(
                    out.resolve("persona-lint.json"),
                    Schemas.lintConfig().getBytes(StandardCharsets.UTF_8),
                    java.util.List.of());
            stdout.println("wrote " + (Dialect.values().length + 1) + " schemas to "
                    + org.persona4j.TerminalText.escape(out.toString()));
            return 0;
        } catch (IOException e) {
            err.println("persona: cannot write " + org.persona4j.TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
    }
}
