package org.persona4j.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --catalog DIR}, declared once and meaning one thing in every command that takes it: the directory of
 * personas that ids, names and the parents a persona extends are taken from, in place of the bundled personas (and
 * so what {@code query} searches when given no paths, and one more folder {@code serve} serves).
 */
final class CatalogOption {

    @Option(
            names = "--catalog",
            paramLabel = "DIR",
            description = "A directory of personas that ids, names and the parents personas extend are looked up in; "
                    + "query searches it when given no files or directories, serve serves it with any others "
                    + "(default: the personas bundled with the command).")
    Path dir;
}
