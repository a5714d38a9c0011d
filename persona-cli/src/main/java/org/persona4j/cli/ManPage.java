package org.persona4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page {@code persona(1)} in roff, made from the command's model, so that it says what {@code --help} says:
 * every command with its synopsis, description, parameters, options and exit codes. The build writes it to
 * {@code target/man/man1/persona.1}, and it ships in the CLI archive. No date is written, so two builds give the same
 * page.
 */
final class ManPage {

    /** Where the project lives. */
    private static final String PROJECT = "https://github.com/persona4j/persona4j";

    private ManPage() {}

    /**
     * Writes {@code man1/persona.1} under a folder.
     *
     * @param args the folder
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "man1", "persona.1");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file, roff(PersonaCommand.commandLine(new String[0]).getCommandSpec()), StandardCharsets.UTF_8);
    }

    static String roff(CommandSpec root) {
        StringBuilder out = new StringBuilder();
        String name = root.name();
        out.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" ");
        out.append(quoted(name + " " + org.persona4j.Personas.version())).append(" \"User Commands\"\n");
        out.append(".SH NAME\n")
                .append(name)
                .append(" \\- ")
                .append(text(firstSentence(root)))
                .append('\n');
        out.append(".SH SYNOPSIS\n.B ")
                .append(name)
                .append("\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n");
        out.append(".SH DESCRIPTION\n");
        paragraphs(out, List.of(root.usageMessage().description()));
        out.append(".SH OPTIONS\n");
        options(out, root);
        out.append(".SH COMMANDS\n");
        for (CommandSpec sub : root.subcommands().values().stream()
                .map(picocli.CommandLine::getCommandSpec)
                .distinct()
                .toList()) {
            if (sub.usageMessage().hidden() || sub.name().equals("help")) {
                continue;
            }
            out.append(".SS ").append(quoted(name + " " + sub.name())).append('\n');
            out.append(".nf\n");
            String synopsis = new CommandLine.Help(sub, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                    .synopsis(0)
                    .stripTrailing();
            synopsis.lines().forEach(l -> out.append(text(l)).append('\n'));
            out.append(".fi\n");
            paragraphs(out, List.of(sub.usageMessage().description()));
            for (PositionalParamSpec p : sub.positionalParameters()) {
                if (!p.hidden()) {
                    out.append(".TP\n\\fI").append(text(p.paramLabel())).append("\\fR\n");
                    out.append(text(String.join(" ", FishCompletion.description(p))))
                            .append('\n');
                }
            }
            options(out, sub);
            paragraphs(out, List.of(sub.usageMessage().footer()));
        }
        out.append(".SH EXIT STATUS\n");
        out.append("0 when all is well, 1 when an input has error-level findings (or a gate a command sets is missed),"
                + " 2 for a usage or I/O error; each command's section says what it returns.\n");
        out.append(".SH SEE ALSO\n").append(text(PROJECT)).append('\n');
        return out.toString();
    }

    private static void options(StringBuilder out, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            out.append(".TP\n");
            List<String> names = FishCompletion.names(o);
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ", ")
                        .append("\\fB")
                        .append(text(names.get(i)))
                        .append("\\fR");
            }
            if (o.arity().max() > 0) {
                out.append("=\\fI").append(text(o.paramLabel())).append("\\fR");
            }
            out.append('\n')
                    .append(text(String.join(" ", FishCompletion.description(o))))
                    .append('\n');
        }
    }

    private static void paragraphs(StringBuilder out, List<String> lines) {
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            out.append(".PP\n").append(text(line.strip())).append('\n');
        }
    }

    private static String firstSentence(CommandSpec spec) {
        String[] d = spec.usageMessage().description();
        String s = d.length == 0 ? "" : d[0];
        int stop = s.indexOf(". ");
        s = stop > 0 ? s.substring(0, stop) : s;
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Text as roff reads it: backslashes escaped, hyphens as minus signs, every character beyond ASCII as its
     * {@code \[uXXXX]} escape (which groff and mandoc both read), a leading dot or quote made literal.
     */
    static String text(String s) {
        StringBuilder t = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                t.append("\\e");
            } else if (cp == '-') {
                t.append("\\-");
            } else if (cp > 127) {
                t.append(String.format(Locale.ROOT, "\\[u%04X]", cp));
            } else if (cp >= 32 && cp != 127) {
                t.appendCodePoint(cp);
            }
        });
        return t.length() > 0 && (t.charAt(0) == '.' || t.charAt(0) == '\'') ? "\\&" + t : t.toString();
    }

    private static String quoted(String s) {
        return "\"" + text(s).replace("\"", "\\(dq") + "\"";
    }
}
