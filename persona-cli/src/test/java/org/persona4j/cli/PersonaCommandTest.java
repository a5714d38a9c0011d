package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PersonaCommandTest {

    @Test
    void aNamedSubcommandAloneReadsItsArgumentsAndHelpsAsInTheWholeTree() {
        CommandLine whole = new CommandLine(new PersonaCommand());
        Map<String, CommandLine> subcommands = whole.getSubcommands();
        assertTrue(subcommands.size() >= 7, subcommands.keySet().toString());
        for (Map.Entry<String, CommandLine> e : subcommands.entrySet()) {
            CommandLine built = PersonaCommand.commandLine(new String[] {e.getKey(), "--help"});
            if (e.getKey().equals("help")) {
                assertEquals(subcommands.keySet(), built.getSubcommands().keySet());
                continue;
            }
            assertEquals(java.util.Set.of(e.getKey()), built.getSubcommands().keySet());
            CommandLine alone = built.getSubcommands().get(e.getKey());
            assertEquals(e.getValue().getUsageMessage(), alone.getUsageMessage(), e.getKey());
            assertEquals(
                    e.getValue().getCommandSpec().options().size(),
                    alone.getCommandSpec().options().size(),
                    e.getKey());
        }
    }

    @Test
    void anythingElseGetsTheWholeTree() {
        int all = new CommandLine(new PersonaCommand()).getSubcommands().size();
        for (String[] args : new String[][] {{}, {"--version"}, {"lnit"}, {"help", "lint"}, {"-h"}}) {
            assertEquals(all, PersonaCommand.commandLine(args).getSubcommands().size(), String.join(" ", args));
        }
        ShowCommandTest.Run mistyped = ShowCommandTest.persona("lnit", "x");
        assertEquals(ExitCodes.USAGE_OR_IO, mistyped.exit());
        assertTrue(
                mistyped.err().contains("lint"), "a mistyped command is answered with the commands: " + mistyped.err());
    }
}
