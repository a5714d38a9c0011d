package org.persona4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.test.internal.Settings;

/** Scenarios recorded once through a model, replayed offline, and failing when the persona changed. */
class ScenarioRunnerTest {

    private static final Path PERSONAS = Path.of("src/test/resources/personas");

    /** Answers like a reviewer when given the persona, like a pushover without it. */
    private static FakeModel reviewer() {
        return new FakeModel((system, user) -> {
            if (system == null) {
                return user.contains("JSON") ? "Sure! Approved." : "LGTM";
            }
            return user.contains("JSON")
                    ? "```json\n{\"verdict\": \"block\"}\n```"
                    : "Blocking: no test covers the new sum.";
        });
    }

    private static Persona copy(Path dir, String edit) throws IOException {
        for (String name : List.of("reviewer.md", "reviewer.scenarios.yaml")) {
            String text = Files.readString(PERSONAS.resolve(name));
            Files.writeString(
                    dir.resolve(name), name.endsWith(".md") ? edit == null ? text : text.replace(edit, "") : text);
        }
        return Personas.read(dir.resolve("reviewer.md")).expectPersona();
    }

    @Test
    void recordedOnceThenReplayedOfflineWithTheComparisonReported(@TempDir Path dir) throws IOException {
        Persona p = copy(dir, null);
        Path recordings = dir.resolve("recordings");
        FakeModel model = reviewer();
        List<ScenarioResult> recorded = ScenarioRunner.builder(model)
                .recordings(recordings)
                .record(true)
                .build()
                .run(p);
        assertEquals(2, recorded.size());
        assertTrue(recorded.stream().allMatch(ScenarioResult::passed), recorded.toString());
        assertEquals(4, model.requests.size(), "each task with the persona and, to compare, without it");
        assertTrue(model.requests.get(0).get(0).toString().contains("payments"), "variables reach the prompt");

        List<ScenarioResult> replayed = ScenarioRunner.builder(FakeModel.unreachable())
                .recordings(recordings)
                .record(false)
                .build()
                .run(p);
        assertTrue(replayed.stream().allMatch(r -> r.passed() && r.replayed()), replayed.toString());
        assertEquals("Blocking: no test covers the new sum.", replayed.get(0).response());
        assertTrue(
                replayed.get(0).report().contains("with the persona 3/3 checks hold, without it 0/3"),
                replayed.get(0).report());
    }

    @Test
    void aRecordingMadeForAnotherVersionFailsNamingTheChange(@TempDir Path dir) throws IOException {
        Path recordings = dir.resolve("recordings");
        ScenarioRunner.builder(reviewer())
                .recordings(recordings)
                .record(true)
                .build()
                .run(copy(dir, null));
        Persona edited = copy(dir, "- Never approve a change without tests\n");
        ScenarioRunner replay = ScenarioRunner.builder(FakeModel.unreachable())
                .recordings(recordings)
                .build();
        ScenarioResult r = replay.run(edited).get(0);
        assertFalse(r.passed());
        assertTrue(r.failures().get(0).startsWith("recorded for "), r.failures().toString());
        assertTrue(
                r.failures().get(0).contains(", persona is now "), r.failures().toString());
        assertTrue(
                r.failures()
                        .get(0)
                        .contains(
                                "a list item was removed in constraints: 'Never approve a change " + "without tests'"),
                r.failures().toString());
        org.opentest4j.AssertionFailedError e =
                assertThrows(org.opentest4j.AssertionFailedError.class, () -> replay.assertPasses(edited));
        assertTrue(e.getMessage().contains("blocks an untested change: failed"), e.getMessage());
    }

    @Test
    void withoutARecordingReplaySaysHowToRecord(@TempDir Path dir) throws IOException {
        ScenarioResult r = ScenarioRunner.builder(FakeModel.unreachable())
                .recordings(dir.resolve("none"))
                .build()
                .run(copy(dir, null))
                .get(0);
        assertTrue(
                r.failures().get(0).contains("record it with -Dpersona.record=true"),
                r.failures().toString());
    }

    @Test
    void everyKindOfCheckFailsWithWhatWasWrong(@TempDir Path dir) throws IOException {
        Persona p = copy(dir, null);
        String yaml = """
                scenarios:
                  - name: all
                    task: go
                    checks:
                      - contains: Blocking
                      - notContains: LGTM
                      - regex: '(.*,){8}x'
                      - jsonSchema: {type: object}
                """;
        FakeModel model = new FakeModel((s, u) -> ",".repeat(200) + "! LGTM");
        ScenarioResult r = ScenarioRunner.builder(model)
                .recordings(dir.resolve("r"))
                .record(true)
                .build()
                .run(p, yaml, "inline.scenarios.yaml")
                .get(0);
        assertEquals(4, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().get(0).contains("to contain 'Blocking'"));
        assertTrue(r.failures().get(1).contains("not to contain 'LGTM', found it at offset 202"));
        assertTrue(
                r.failures().get(2).contains("was given up"),
                "a backtracking regex is bounded: " + r.failures().get(2));
        assertTrue(r.failures().get(3).contains("to be JSON"), r.failures().get(3));
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class,
                () -> ScenarioRunner.builder(model)
                        .build()
                        .run(
                                p,
                                "scenarios:\n  - name: x\n    task: y\n    checks:\n      - has: z\n",
                                "bad.scenarios.yaml"));
        assertTrue(
                bad.getMessage()
                        .contains("bad.scenarios.yaml: x: a check is one of [contains, notContains, "
                                + "regex, jsonSchema]"),
                bad.getMessage());
    }

    @Test
    void aSchemaThatReachesOutsideItselfFailsItsOwnCheckAndTheOtherScenariosStillRun(@TempDir Path dir)
            throws IOException {
        Persona p = copy(dir, null);
        FakeModel model = new FakeModel((s, u) -> "{\"verdict\": \"block\"}");
        List<ScenarioResult> results = ScenarioRunner.builder(model)
                .recordings(dir.resolve("r"))
                .record(true)
                .build()
                .run(
                        p,
                        Files.readString(Path.of("src/test/resources/scenarios/schema-refs.scenarios.yaml")),
                        "schema-refs.scenarios.yaml");
        assertEquals(5, results.size(), results.toString());
        for (ScenarioResult r : results.subList(0, 4)) {
            assertFalse(r.passed(), r.toString());
            assertEquals(1, r.failures().size(), r.toString());
            assertTrue(
                    r.failures().get(0).contains("cannot be used"), r.failures().get(0));
            assertFalse(
                    r.failures().get(0).contains("root:"),
                    "no file's content: " + r.failures().get(0));
        }
        assertTrue(results.get(4).passed(), results.get(4).toString());
    }

    @Test
    void twoNamesThatAFileNameWouldMergeKeepTwoRecordings(@TempDir Path dir) throws IOException {
        Persona p = copy(dir, null);
        String yaml = Files.readString(Path.of("src/test/resources/scenarios/similar-names.scenarios.yaml"));
        Path recordings = dir.resolve("r");
        int[] call = {0};
        FakeModel model = new FakeModel((s, u) -> s == null ? "" : ++call[0] == 1 ? "first" : "second");
        ScenarioRunner.builder(model)
                .recordings(recordings)
                .record(true)
                .build()
                .run(p, yaml, "similar.scenarios.yaml");
        assertReplaysAndPasses(p, yaml, recordings);
        assertEquals(
                Settings.fileName("team/review").equals(Settings.fileName("team_review")),
                false,
                Settings.fileName("team/review"));
        assertEquals("team_review", Settings.fileName("team_review"), "a name a file can hold is kept");
    }

    @Test
    void aRecordingAnEarlierVersionWroteUnderTheSharedNameIsStillReplayed(@TempDir Path dir) throws IOException {
        Persona p = copy(dir, null);
        String yaml = Files.readString(Path.of("src/test/resources/scenarios/slash-name.scenarios.yaml"));
        Path recordings = dir.resolve("r");
        ScenarioRunner.builder(new FakeModel((s, u) -> "first and second"))
                .recordings(recordings)
                .record(true)
                .build()
                .run(p, yaml, "similar.scenarios.yaml");
        org.persona4j.test.internal.Recordings store = new org.persona4j.test.internal.Recordings(recordings);
        Path now = store.file(p.id(), "team/review", "Review this change.");
        Path before = store.legacyFile(p.id(), "team/review", "Review this change.");
        assertTrue(Files.isRegularFile(now) && !now.equals(before), now.toString());
        Files.move(now, before);
        assertReplaysAndPasses(p, yaml, recordings);
    }

    /** Replays the scenarios offline (a model call fails the test) and expects every one to pass. */
    private static void assertReplaysAndPasses(Persona p, String yaml, Path recordings) {
        List<ScenarioResult> replayed = ScenarioRunner.builder(FakeModel.unreachable())
                .recordings(recordings)
                .record(false)
                .build()
                .run(p, yaml, "similar.scenarios.yaml");
        assertTrue(replayed.stream().allMatch(ScenarioResult::passed), replayed.toString());
    }
}
