package org.persona4j.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script made from the command's model (picocli writes bash's only): each subcommand with its
 * description, each option of each with its description, the values an enum option takes, and file names where an
 * option or parameter takes a path. Every word is single-quoted as fish reads it.
 */
final class FishCompletion {

    private FishCompletion() {}

    static String script(CommandSpec root) {
        String name = root.name();
        StringBuilder out = new StringBuilder();
        out.append("# fish completion for ")
                .append(name)
                .append(", written by '")
                .append(name);
        out.append(" completion fish'\n");
        out.append("complete -c ").append(name).append(" -f\n");
        for (OptionSpec o : root.options()) {
            option(out, name, "__fish_use_subcommand", o);
        }
        for (CommandSpec sub : root.subcommands().values().stream()
                .map(picocli.CommandLine::getCommandSpec)
                .distinct()
                .toList()) {
            if (sub.usageMessage().hidden()) {
                continue;
            }
            out.append("complete -c ").append(name).append(" -n __fish_use_subcommand -a ");
            out.append(quote(sub.name()))
                    .append(" -d ")
                    .append(quote(firstLine(sub.usageMessage().description())));
            out.append('\n');
            String when = "__fish_seen_subcommand_from " + sub.name();
            for (OptionSpec o : sub.options()) {
                option(out, name, when, o);
            }
            for (PositionalParamSpec p : sub.positionalParameters()) {
                if (isPath(p)) {
                    out.append("complete -c ")
                            .append(name)
                            .append(" -n ")
                            .append(quote(when))
                            .append(" -F\n");
                    break;
                }
            }
        }
        return out.toString();
    }

    private static void option(StringBuilder out, String name, String when, OptionSpec o) {
        if (o.hidden()) {
            return;
        }
        out.append("complete -c ").append(name).append(" -n ").append(quote(when));
        for (String n : names(o)) {
            if (n.startsWith("--")) {
                out.append(" -l ").append(quote(n.substring(2)));
            } else if (n.startsWith("-") && n.length() == 2) {
                out.append(" -s ").append(quote(n.substring(1)));
            }
        }
        if (o.arity().max() > 0) {
            List<String> values = new ArrayList<>();
            if (o.completionCandidates() != null) {
                o.completionCandidates().forEach(values::add);
            }
            if (!values.isEmpty()) {
                out.append(" -x -a ").append(quote(String.join(" ", values)));
            } else if (isPath(o)) {
                out.append(" -r -F");
            } else {
                out.append(" -x");
            }
        }
        out.append(" -d ").append(quote(firstLine(description(o))));
        out.append('\n');
    }

    /** An option's names, with the {@code --no-} form of a negatable one ({@code --no-color}). */
    static List<String> names(OptionSpec o) {
        List<String> names = new ArrayList<>(List.of(o.names()));
        if (o.negatable()) {
            for (String n : o.names()) {
                if (n.startsWith("--") && !n.startsWith("--no-")) {
                    names.add("--no-" + n.substring(2));
                }
            }
        }
        return names;
    }

    private static boolean isPath(ArgSpec a) {
        Class<?> t = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        return Path.class.isAssignableFrom(t)
                || File.class.isAssignableFrom(t)
                || a.paramLabel().contains("PATH")
                || a.paramLabel().contains("FILE")
                || a.paramLabel().contains("DIR");
    }

    /**
     * An option's or parameter's description with picocli's variables filled in, as its help shows it. Written out
     * because picocli 4.7 deprecates {@code ArgSpec.renderedDescription()}, which would do the same.
     */
    static String[] description(ArgSpec o) {
        String[] d = o.description();
        String[] out = new String[d.length];
        List<String> candidates = new ArrayList<>();
        if (o.completionCandidates() != null) {
            o.completionCandidates().forEach(candidates::add);
        }
        for (int i = 0; i < d.length; i++) {
            out[i] = d[i].replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates))
                    .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
        }
        return out;
    }

    /** The first sentence of the first line, short enough for a completion menu. */
    private static String firstLine(String[] description) {
        String s = description.length == 0 ? "" : description[0].strip();
        int stop = s.indexOf(". ");
        if (stop > 0) {
            s = s.substring(0, stop + 1);
        }
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }

    /** A word in single quotes, as fish reads it: only a backslash and a single quote are escaped. */
    static String quote(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
