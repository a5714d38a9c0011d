package org.persona4j.bench;

import java.nio.file.Path;

/** Writes generated personas to a folder, for the JavaScript peer and the command-line timings. */
public final class WriteCorpus {

    private WriteCorpus() {}

    public static void main(String[] args) {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Corpus.write(Path.of(args[0]), count);
        System.out.println(count + " personas written to " + args[0]);
    }
}
