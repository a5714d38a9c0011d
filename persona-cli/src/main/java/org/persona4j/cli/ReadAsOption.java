package org.persona4j.cli;

import org.persona4j.Dialect;
import picocli.CommandLine.Option;

/**
 * {@code --read-as DIALECT}, declared once for every command that reads files: read each as this dialect instead of
 * detecting it. {@code --dialect} is left for what it says in {@code query} and {@code schema}, which dialect is asked
 * about; here it is still accepted, hidden, as the former name of {@code --read-as}.
 */
final class ReadAsOption {

    @Option(
            names = "--read-as",
            paramLabel = "DIALECT",
            description = "Read every file as this dialect instead of detecting it from its path and keys: "
                    + "${COMPLETION-CANDIDATES}.")
    Dialect dialect;

    @Option(names = "--dialect", paramLabel = "DIALECT", hidden = true, description = "The former name of --read-as.")
    void formerName(Dialect value) {
        this.dialect = value;
    }
}
