package org.persona4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code persona completion bash|zsh|fish}: prints a shell's completion script for the command. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print the completion script for a shell: commands, options and the values an option takes.",
            "bash: source <(persona completion bash), or save it in ~/.local/share/bash-completion/completions/persona.",
            "zsh: source <(persona completion zsh) in ~/.zshrc (the script loads bashcompinit itself).",
            "fish: persona completion fish > ~/.config/fish/completions/persona.fish"
        },
        footer = {"", "Exit codes: 0 ok, 2 usage error."})
final class CompletionCommand implements Callable<Integer> {

    /** The shells there is a script for. */
    enum Shell {
        bash,
        zsh,
        fish
    }

    @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // The whole tree: a run that names a subcommand builds only that one (PersonaCommand.commandLine).
        CommandLine root = PersonaCommand.commandLine(new String[0]);
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                switch (shell) {
                    // picocli's script serves both: in zsh it loads compinit and bashcompinit before it registers.
                    case bash, zsh -> AutoComplete.bash("persona", root);
                    case fish -> FishCompletion.script(root.getCommandSpec());
                });
        out.flush();
        return ExitCodes.OK;
    }
}
