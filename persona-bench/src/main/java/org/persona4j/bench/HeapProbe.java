package org.persona4j.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;

/**
 * Retained heap per persona, loaded (body not parsed) and fully parsed, against the file size. Prints one JSON
 * object. Measured as the used heap after repeated full collections, before and after, so run it alone.
 */
public final class HeapProbe {

    private HeapProbe() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("persona-heap");
        List<Path> files = Corpus.write(dir, n);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        long before = used();
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(dir).embeddings(null).build();
        long loaded = used();
        catalog.personas().forEach(Persona::body);
        long parsed = used();
        System.out.printf(
                java.util.Locale.ROOT,
                "{\"personas\": %d, \"averageFileBytes\": %.1f, "
                        + "\"loadedBytesPerPersona\": %.1f, \"parsedBytesPerPersona\": %.1f}%n",
                catalog.size(),
                (double) bytes / n,
                (double) (loaded - before) / n,
                (double) (parsed - before) / n);
    }

    /** The used heap after repeated full collections. */
    static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
