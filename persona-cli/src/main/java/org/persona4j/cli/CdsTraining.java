package org.persona4j.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The build's training run for the class-data-sharing archive: the commands people run most, once each, on the
 * bundled personas, so that the archive holds the classes of all of them (not of the first command alone). Output
 * is discarded. Not part of the command.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args the directory of the bundled personas, for lint
     */
    public static void main(String[] args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PersonaCommand.run(new String[] {"show", "code-reviewer"}, nowhere, nowhere);
        PersonaCommand.run(new String[] {"show", "code-reviewer", "-f", "json"}, nowhere, nowhere);
        PersonaCommand.run(new String[] {"lint", args[0]}, nowhere, nowhere);
        PersonaCommand.run(new String[] {"render", "code-reviewer", "-f", "json"}, nowhere, nowhere);
        PersonaCommand.run(new String[] {"query", "--search", "review"}, nowhere, nowhere);
    }
}
