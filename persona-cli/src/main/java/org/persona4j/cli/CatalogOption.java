package org.persona4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --catalog DIR}, declared once and meaning one thing in every command that takes it: the directory of
 * personas that ids, names and the parents a persona extends are taken from, in place of the bundled personas.
 */
final class CatalogOption {

    @Option(
            names = "--catalog",
            paramLabel = "DIR",
            description = "A directory of personas to take ids, names and the parents they extend from "
                    + "(default: the personas bundled with the command).")
    Path dir;
}
