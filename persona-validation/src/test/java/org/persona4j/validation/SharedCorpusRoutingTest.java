package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.routing.Router;
import org.persona4j.routing.RoutingEvaluation;
import org.persona4j.routing.RoutingReport;
import org.persona4j.testing.Corpus;

/**
 * The public routing sets ({@code routing/shared-corpus.yml}, the second author's and the third's) against the catalog's search over the whole shared
 * corpus. The floors are what the search reaches today, so a change that routes worse fails here; the targets of
 * issue 24 (recall@3 0.9, recall@1 0.75) are reported in docs/PERFORMANCE.md with where they stand.
 */
class SharedCorpusRoutingTest {

    @Test
    void theCatalogsSearchRoutesThePublicSetAtLeastAsWellAsItDid() throws IOException {
        assertFloors(run("shared-corpus.yml", 80), 0.6, 0.8, 0.66);
    }

    /** The set another author wrote without seeing the first or the search, which ranking changes are checked on too. */
    @Test
    void theCatalogsSearchRoutesTheSecondAuthorsSetAtLeastAsWellAsItDid() throws IOException {
        assertFloors(run("shared-corpus-second-author.yml", 60), 0.6, 0.8, 0.7);
    }

    /** The set a third author wrote, which no ranking change has been chosen by: a held-out view of the corpus. */
    @Test
    void theCatalogsSearchRoutesTheThirdAuthorsSetAtLeastAsWellAsItDid() throws IOException {
        assertFloors(run("shared-corpus-third-author.yml", 60), 0.55, 0.78, 0.73);
    }

    /** The direct half first and among the first three at 0.95; the rest at the floors given, which it reaches today. */
    private static void assertFloors(RoutingReport report, double paraphrasedAt3, double at3, double at1) {
        String measured = describe(report);
        assertTrue(report.direct().recallAt(1) >= 0.95, measured);
        assertTrue(report.direct().recallAt(3) >= 0.95, measured);
        assertTrue(report.paraphrased().recallAt(3) >= paraphrasedAt3, measured);
        assertTrue(report.recallAt(3) >= at3, measured);
        assertTrue(report.recallAt(1) >= at1, measured);
    }

    private static RoutingReport run(String file, int atLeast) throws IOException {
        Path corpus = Corpus.require();
        RoutingSet set = RoutingSet.read(Path.of("..", "routing", file));
        assertEquals(List.of(), set.diagnostics());
        assertTrue(set.cases().size() >= atLeast, "cases: " + set.cases().size());
        PersonaCatalog catalog = PersonaCatalog.builder().directory(corpus).build();
        assertEquals(List.of(), set.unknownIds(catalog), "every id of the set is one the catalog holds");
        return RoutingEvaluation.run(set.cases(), Router.search(catalog));
    }

    private static String describe(RoutingReport report) {
        return String.format(
                Locale.ROOT,
                "recall@1 %.2f, recall@3 %.2f; direct %.2f/%.2f; paraphrased %.2f/%.2f",
                report.recallAt(1),
                report.recallAt(3),
                report.direct().recallAt(1),
                report.direct().recallAt(3),
                report.paraphrased().recallAt(1),
                report.paraphrased().recallAt(3));
    }
}
