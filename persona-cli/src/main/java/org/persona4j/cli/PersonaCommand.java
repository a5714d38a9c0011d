package org.persona4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.persona4j.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code persona} command. Exit codes: 0 when all is well, 1 when an input has error-level findings, 2 for a
 * usage or I/O error.
 */
@Command(
        name = "persona",
        mixinStandardHelpOptions = true,
        versionProvider = PersonaCommand.Version.class,
        description = "Read, check and use AI agent personas (Markdown with YAML front matter).",
        subcommands = {
            ShowCommand.class,
            LintCommand.class,
            QueryCommand.class,
            RenderCommand.class,
            ConvertCommand.class,
            SchemaCommand.class,
            DiffCommand.class,
            ServeCommand.class,
            RouteTestCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PersonaCommand implements java.util.concurrent.Callable<Integer> {

    /** {@code --version}: the version the build wrote, and the Java that runs the command. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "persona " + org.persona4j.Personas.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line, as the shell split it
     */
    public static void main(String[] args) {
        QuietLogging.unlessBound();
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command with these streams; returns the exit code. Everything written to {@code err} is made inert
     * first ({@link org.persona4j.TerminalText}): it shows input (file names, messages quoting values) to a person.
     * Output that cannot be written (a closed pipe, a full disk) is an I/O error.
     */
    static int run(String[] args, PrintWriter out, PrintWriter errTarget) {
        PrintWriter err = new PrintWriter(new InertWriter(errTarget), true);
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        // Plain help: standard error is made inert, which would show colour codes as text.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(org.persona4j.Dialect.class, PersonaCommand::dialect);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        });
        int code = cli.execute(args);
        out.flush();
        if (out.checkError()) {
            err.println("persona: the output could not be written (a closed pipe, or a full disk)");
            code = ExitCodes.USAGE_OR_IO;
        }
        err.flush();
        return code;
    }

    /**
     * The command line for these arguments. Building picocli's model of every subcommand cost about 15 ms of every
     * run, so when the first argument names a subcommand only that one is built, under a root with the same name and
     * standard options; anything else (help, an option, a mistyped name) gets the whole tree.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Class<?> sub :
                    PersonaCommand.class.getAnnotation(Command.class).subcommands()) {
                Command c = sub.getAnnotation(Command.class);
                if (c != null && c.name().equals(args[0]) && sub != CommandLine.HelpCommand.class) {
                    CommandLine one = new CommandLine(new Alone());
                    try {
                        one.addSubcommand(c.name(), sub.getDeclaredConstructor().newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot create the " + c.name() + " command", e);
                    }
                    return one;
                }
            }
        }
        return new CommandLine(new PersonaCommand());
    }

    /** The root of {@link #commandLine} when a subcommand was named: it only ever runs that subcommand. */
    @Command(name = "persona", mixinStandardHelpOptions = true, versionProvider = PersonaCommand.Version.class)
    static final class Alone implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            return ExitCodes.USAGE_OR_IO; // not reached: the subcommand named in the arguments runs instead
        }
    }

    /**
     * A dialect by one of its names ({@code claude}, {@code copilot}, {@code cursor}, {@code skill}, {@code crewai},
     * {@code agents-md}…) or its full name ({@code claude-subagent}), in any case, with hyphens or underscores.
     */
    static org.persona4j.Dialect dialect(String name) {
        return org.persona4j.Dialect.named(name)
                .orElseThrow(() -> new CommandLine.TypeConversionException("'" + TerminalText.escape(name)
                        + "' is not a dialect; use one of "
                        + java.util.Arrays.stream(org.persona4j.Dialect.values())
                                .map(d -> String.join("|", d.spec().names()))
                                .collect(java.util.stream.Collectors.joining(", "))));
    }

    /** With no subcommand: the usage, on standard error, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("persona: name a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE_OR_IO;
    }
}
