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

    private CdsTraining() {}

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
        // A tree large enough to be linted on every core, with the non-ASCII text real files have.
        try {
            java.nio.file.Path tree = java.nio.file.Files.createTempDirectory("persona-cds");
            try (var bundled = java.nio.file.Files.list(java.nio.file.Path.of(args[0]))) {
                int n = 0;
                for (java.nio.file.Path p : bundled.toList()) {
                    String text = java.nio.file.Files.readString(p) + "\nCafé — “quoted” ✓ 日本語 \u200B\n";
                    for (int i = 0; i < 8; i++) {
                        java.nio.file.Files.writeString(tree.resolve("p" + n++ + ".md"), text);
                    }
                }
            }
            PersonaCommand.run(new String[] {"lint", tree.toString(), "-f", "sarif"}, nowhere, nowhere);
            PersonaCommand.run(new String[] {"lint", tree.toString()}, nowhere, nowhere);
            try (var files = java.nio.file.Files.list(tree)) {
                for (java.nio.file.Path p : files.toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
            java.nio.file.Files.delete(tree);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PersonaCommand.run(new String[] {"render", "code-reviewer", "-f", "json"}, nowhere, nowhere);
        PersonaCommand.run(new String[] {"query", "--search", "review"}, nowhere, nowhere);
    }
}
