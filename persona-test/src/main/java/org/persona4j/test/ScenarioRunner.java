package org.persona4j.test;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.test.internal.Checks;
import org.persona4j.test.internal.PersonaChanges;
import org.persona4j.test.internal.PersonaTexts;
import org.persona4j.test.internal.Recordings;
import org.persona4j.test.internal.ScenarioFile;
import org.persona4j.test.internal.Settings;

/**
 * Runs the contract scenarios written beside a persona ({@code code-reviewer.scenarios.yaml} next to
 * {@code code-reviewer.md}) through a LangChain4j {@link ChatModel}, the persona's rendered prompt as the system
 * message and the scenario's task as the user message.
 *
 * <p>By default every answer is replayed from a recording, offline: the model is never called, and a recording made
 * for another version of the persona fails with "recorded for X, persona is now Y" and what changed. With
 * {@code -Dpersona.record=true} (or {@link Builder#record}) the model is called and the answers recorded.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios(PersonaCatalog catalog) {
 *     return ScenarioRunner.builder(chatModel).build().tests(catalog);
 * }
 * }</pre>
 */
public final class ScenarioRunner {

    /** The suffix that puts a scenarios file beside a persona. */
    public static final String SUFFIX = ".scenarios.yaml";

    private final ChatModel model;
    private final Recordings recordings;
    private final boolean record;

    private ScenarioRunner(Builder b) {
        this.model = b.model;
        this.recordings = new Recordings(b.recordings);
        this.record = b.record;
    }

    /**
     * {@return a runner for a model; recordings and the record switch from the system properties unless set}
     *
     * @param model the model to ask when recording
     */
    public static Builder builder(ChatModel model) {
        return new Builder(model);
    }

    /** Builds a {@link ScenarioRunner}. */
    public static final class Builder {
        private final ChatModel model;
        private Path recordings = Settings.recordings();
        private boolean record = Settings.record();

        private Builder(ChatModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        /**
         * The recordings folder (default {@code src/test/resources/persona-recordings}, or {@code persona.recordings}).
         *
         * @param folder the recordings folder (default {@code src/test/resources/persona-recordings}, or
         *               {@code persona.recordings})
         * @return this builder
         */
        public Builder recordings(Path folder) {
            this.recordings = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Whether to call the model and record (default: the {@code persona.record} system property).
         *
         * @param value {@code true} to call the model and record its answers (default: the {@code persona.record}
         *              system property)
         * @return this builder
         */
        public Builder record(boolean value) {
            this.record = value;
            return this;
        }

        /** {@return the ScenarioRunner with what was set} */
        public ScenarioRunner build() {
            return new ScenarioRunner(this);
        }
    }

    /**
     * {@return the scenarios beside a persona, run; empty when it has no scenarios file}
     *
     * @param persona the persona, read from a file beside which the scenarios file lies
     */
    public List<ScenarioResult> run(Persona persona) {
        try {
            Optional<String> text = PersonaTexts.sibling(persona, SUFFIX);
            if (text.isEmpty()) {
                return List.of();
            }
            return run(
                    persona,
                    ScenarioFile.parse(
                            text.get(),
                            PersonaTexts.siblingName(persona.source().label(), SUFFIX)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the scenarios of a scenarios file's text against a persona.
     *
     * @param persona       the persona
     * @param scenariosYaml the scenarios file's text
     * @param label         how failures name the scenarios file
     * @return one result per scenario, in file order
     */
    public List<ScenarioResult> run(Persona persona, String scenariosYaml, String label) {
        return run(persona, ScenarioFile.parse(scenariosYaml, label));
    }

    /**
     * Runs every scenario of a persona and fails, listing every failed scenario, unless all pass.
     *
     * @param persona the persona, read from a file beside which the scenarios file lies
     */
    public void assertPasses(Persona persona) {
        List<ScenarioResult> results = run(persona);
        if (results.isEmpty()) {
            throw new AssertionFailedError("'" + persona.id() + "' has no scenarios: expected "
                    + PersonaTexts.siblingName(persona.source().label(), SUFFIX));
        }
        List<String> failed = results.stream()
                .filter(r -> !r.passed())
                .map(ScenarioResult::report)
                .toList();
        if (!failed.isEmpty()) {
            throw new AssertionFailedError(String.join("\n", failed));
        }
    }

    /**
     * {@return one dynamic test per scenario of every persona of the catalog that has a scenarios file, each failing
     * with its report; a passing one prints its report (with the comparison, if any) to the test's output}
     *
     * @param catalog the catalog whose personas are tested
     */
    public Stream<DynamicTest> tests(PersonaCatalog catalog) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Persona p : catalog.personas()) {
            for (ScenarioResult r : run(p)) {
                tests.add(DynamicTest.dynamicTest(p.id() + ": " + r.name(), () -> {
                    if (!r.passed()) {
                        throw new AssertionFailedError(r.report());
                    }
                    System.out.println(r.report());
                }));
            }
        }
        return tests.stream();
    }

    private List<ScenarioResult> run(Persona persona, ScenarioFile file) {
        List<ScenarioResult> out = new ArrayList<>();
        for (ScenarioFile.Scenario s : file.scenarios()) {
            Map<String, String> values = new LinkedHashMap<>(file.variables());
            values.putAll(s.variables());
            RenderedPrompt prompt =
                    persona.render(RenderOptions.builder().variables(values).build());
            try {
                out.add(one(persona, file, s, prompt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private ScenarioResult one(Persona persona, ScenarioFile file, ScenarioFile.Scenario s, RenderedPrompt prompt)
            throws IOException {
        Path at = recordings.file(persona.id(), s.name(), s.task());
        String response;
        String without;
        if (record) {
            response = model.chat(SystemMessage.from(prompt.systemText()), UserMessage.from(s.task()))
                    .aiMessage()
                    .text();
            without = file.compare()
                    ? model.chat(UserMessage.from(s.task())).aiMessage().text()
                    : null;
            recordings.write(
                    at,
                    new Recordings.Recording(
                            prompt.fingerprint(),
                            PersonaTexts.source(persona).orElse(""),
                            s.task(),
                            response,
                            without));
        } else {
            Optional<Recordings.Recording> stored = recordings.read(at);
            if (stored.isEmpty()) {
                // Written by an earlier version under a name another scenario could share: replayed like any
                // recording, so one made with another prompt fails naming the change, never passes.
                stored = recordings.read(recordings.legacyFile(persona.id(), s.name(), s.task()));
            }
            if (stored.isEmpty()) {
                return new ScenarioResult(
                        persona.id(),
                        s.name(),
                        "",
                        true,
                        List.of("no recording of scenario '"
                                + s.name() + "' at " + at + "; record it with -D" + Settings.RECORD
                                + "=true (this calls "
                                + "the model) and commit the file"),
                        null,
                        s.checks().size(),
                        -1);
            }
            Recordings.Recording r = stored.get();
            if (!r.fingerprint().equals(prompt.fingerprint())) {
                return new ScenarioResult(
                        persona.id(),
                        s.name(),
                        "",
                        true,
                        List.of("recorded for "
                                + brief(r.fingerprint()) + ", persona is now " + brief(prompt.fingerprint()) + " ("
                                + at + "):\n"
                                + PersonaChanges.since(r.personaText(), persona)
                                        .orElse("  the persona's text is the same; "
                                                + "the prompt differs by its render options or variables")
                                + "\n  re-record with -D"
                                + Settings.RECORD + "=true if the change is intended"),
                        null,
                        s.checks().size(),
                        -1);
            }
            response = r.response();
            without = r.withoutPersona();
        }
        List<String> failures = Checks.failures(s.checks(), response);
        int failedWithout =
                without == null ? -1 : Checks.failures(s.checks(), without).size();
        return new ScenarioResult(
                persona.id(),
                s.name(),
                response,
                !record,
                failures,
                without,
                s.checks().size(),
                failedWithout);
    }

    private static String brief(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }
}
