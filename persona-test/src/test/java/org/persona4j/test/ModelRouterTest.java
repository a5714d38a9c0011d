package org.persona4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.routing.Router;
import org.persona4j.routing.RoutingEvaluation;
import org.persona4j.routing.RoutingReport;
import org.persona4j.validation.RoutingSet;

/** The model router: what the model is shown, how its answer becomes picks, and record then replay without a model. */
class ModelRouterTest {

    private static final Path CATALOG = Path.of("src/test/resources/routing/catalog");

    private static PersonaCatalog catalog(Path dir) throws IOException {
        return PersonaCatalog.builder().directory(dir).build();
    }

    @Test
    void theModelSeesEveryDescriptionAndItsAnswerBecomesPicksOfKnownIds(@TempDir Path recordings) throws IOException {
        PersonaCatalog catalog = catalog(CATALOG);
        FakeModel model = new FakeModel((system, user) -> "1. kafka-operator\n- `traffic-engineer`\nsomeone-else\n");
        List<Router.Pick> picks = ModelRouter.builder(model, catalog)
                .recordings(recordings)
                .record(true)
                .build()
                .route("Consumer lag keeps growing", 3);
        assertEquals(
                List.of("kafka-operator", "traffic-engineer"),
                picks.stream().map(Router.Pick::id).toList());
        String shown = model.requests.get(0).get(0).toString();
        assertTrue(shown.contains("kafka-operator: Runs Kafka clusters"), shown);
        assertTrue(shown.contains("at most 3"), shown);

        List<Router.Pick> replayed = ModelRouter.builder(FakeModel.unreachable(), catalog)
                .recordings(recordings)
                .record(false)
                .build()
                .route("Consumer lag keeps growing", 3);
        assertEquals(picks, replayed);
    }

    @Test
    void aReplayWithoutARecordingOrForAnotherCatalogSaysToRecord(@TempDir Path recordings, @TempDir Path dir)
            throws IOException {
        for (Path f : Files.list(CATALOG).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        ModelRouter replay = ModelRouter.builder(FakeModel.unreachable(), catalog(dir))
                .recordings(recordings)
                .build();
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> replay.route("a task", 3));
        assertTrue(none.getMessage().contains("-Dpersona.record=true"), none.getMessage());

        ModelRouter.builder(new FakeModel((s, u) -> "kafka-operator"), catalog(dir))
                .recordings(recordings)
                .record(true)
                .build()
                .route("a task", 3);
        Files.writeString(
                dir.resolve("extra.md"), "---\nname: extra\ndescription: Another one.\n---\n## Role Summary\n\nX.\n");
        IllegalStateException changed = assertThrows(
                IllegalStateException.class,
                () -> ModelRouter.builder(FakeModel.unreachable(), catalog(dir))
                        .recordings(recordings)
                        .build()
                        .route("a task", 3));
        assertTrue(changed.getMessage().contains("record it again"), changed.getMessage());
    }

    @Test
    void aRoutingSetRunsThroughTheModelRouterFromItsRecordings(@TempDir Path recordings) throws IOException {
        PersonaCatalog catalog = catalog(CATALOG);
        RoutingSet set = RoutingSet.read(Path.of("src/test/resources/routing/failing.yml"));
        FakeModel model =
                new FakeModel((system, user) -> user.contains("signals") ? "traffic-engineer" : "kafka-operator");
        RoutingEvaluation.run(
                set.cases(),
                ModelRouter.builder(model, catalog)
                        .recordings(recordings)
                        .record(true)
                        .build());
        RoutingReport replayed = RoutingEvaluation.run(
                set.cases(),
                ModelRouter.builder(FakeModel.unreachable(), catalog)
                        .recordings(recordings)
                        .build());
        assertEquals(2.0 / 3, replayed.recallAt(1), 1e-9);
        assertEquals("traffic-engineer", replayed.confusion().get(0).picked());
    }
}
