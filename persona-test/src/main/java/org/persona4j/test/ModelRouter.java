package org.persona4j.test;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaSummary;
import org.persona4j.routing.Router;
import org.persona4j.test.internal.Recordings;
import org.persona4j.test.internal.Settings;

/**
 * A router that asks a model, as Claude Code chooses a subagent and Copilot an agent: the model sees every persona's id
 * and description and the task, and answers with the ids that should take it, best first. Answers are recorded
 * ({@code -Dpersona.record=true} with a real model) and replayed, so a routing test runs in CI without a key; a replay
 * whose prompt changed (a persona added, a description edited) fails, saying to record again.
 *
 * <pre>{@code
 * Router router = ModelRouter.builder(model, catalog).build();
 * RoutingReport report = RoutingEvaluation.run(RoutingSet.read(file).cases(), router);
 * }</pre>
 */
public final class ModelRouter implements Router {

    private final ChatModel model;
    private final Supplier<PersonaCatalog> catalog;
    private final Recordings recordings;
    private final boolean record;

    private ModelRouter(Builder b) {
        this.model = b.model;
        this.catalog = b.catalog;
        this.recordings = new Recordings(b.recordings); // answers go to its routing/ folder, one file per task
        this.record = b.record;
    }

    /**
     * @param model   the model to ask when recording (a replay never calls it)
     * @param catalog the personas to choose among
     * @return a builder; recordings and the record switch from the system properties unless set
     */
    public static Builder builder(ChatModel model, PersonaCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new Builder(model, () -> catalog);
    }

    @Override
    public List<Pick> route(String task, int limit) {
        PersonaCatalog snapshot = catalog.get();
        String system = menu(snapshot, limit);
        String fingerprint = Recordings.sha256(system + "\n\n" + task);
        Path file = recordings.file("routing", "task", task); // <recordings>/routing/task-<hash of the task>.json
        String answer;
        try {
            Optional<Recordings.Recording> recorded = recordings.read(file);
            if (!record) {
                Recordings.Recording r = recorded.orElseThrow(() ->
                        new IllegalStateException("no recorded answer for the routing task '" + task + "' in " + file
                                + "; run once with -D" + Settings.RECORD + "=true and a real model to record it"));
                if (!r.fingerprint().equals(fingerprint)) {
                    throw new IllegalStateException("the recorded answer for the routing task '" + task + "' ("
                            + file + ") was made for another list of personas or descriptions; record it again "
                            + "with -D" + Settings.RECORD + "=true");
                }
                answer = r.response();
            } else {
                answer = model.chat(SystemMessage.from(system), UserMessage.from(task))
                        .aiMessage()
                        .text();
                recordings.write(file, new Recordings.Recording(fingerprint, "", task, answer, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return picks(answer, snapshot, limit);
    }

    /** What the model is told: how to answer, then one line per persona, its id and what it is for. */
    static String menu(PersonaCatalog catalog, int limit) {
        StringBuilder s = new StringBuilder();
        s.append("You route a user's task to the agents below. Answer with the ids of the agents that should handle ")
                .append("the task, best first, one id per line, at most ")
                .append(limit)
                .append(", and nothing else. Use only ids from the list.\n\nAgents:\n");
        for (PersonaSummary p : catalog.summaries()) {
            String about = p.metadata().description().filter(d -> !d.isBlank()).orElse(p.title());
            s.append("- ")
                    .append(p.id())
                    .append(": ")
                    .append(about.replaceAll("\\s+", " ").strip())
                    .append('\n');
        }
        return s.toString();
    }

    /** The ids the answer names that the catalog holds, in order, each once, at most {@code limit}. */
    static List<Pick> picks(String answer, PersonaCatalog catalog, int limit) {
        Set<String> held = new java.util.HashSet<>();
        catalog.summaries().forEach(p -> held.add(p.id()));
        Set<String> ids = new LinkedHashSet<>();
        for (String line : answer == null ? new String[0] : answer.split("\\R")) {
            String id = line.strip()
                    .replaceFirst("^(?:[-*]|\\d+[.)])\\s*", "")
                    .replace("`", "")
                    .strip();
            if (held.contains(id)) {
                ids.add(id);
            }
        }
        List<Pick> out = new ArrayList<>();
        for (String id : ids) {
            if (out.size() < limit) {
                out.add(Pick.of(id));
            }
        }
        return out;
    }

    /** Builds a {@link ModelRouter}. */
    public static final class Builder {
        private final ChatModel model;
        private final Supplier<PersonaCatalog> catalog;
        private Path recordings = Settings.recordings();
        private boolean record = Settings.record();

        private Builder(ChatModel model, Supplier<PersonaCatalog> catalog) {
            this.model = Objects.requireNonNull(model, "model");
            this.catalog = catalog;
        }

        /**
         * @param folder the recordings folder (default {@code src/test/resources/persona-recordings}, or
         *               {@code persona.recordings}); routing answers go to its {@code routing} folder
         * @return this builder
         */
        public Builder recordings(Path folder) {
            this.recordings = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * @param value {@code true} to call the model and record its answers (default: the {@code persona.record}
         *              system property)
         * @return this builder
         */
        public Builder record(boolean value) {
            this.record = value;
            return this;
        }

        /** {@return the router} */
        public ModelRouter build() {
            return new ModelRouter(this);
        }
    }
}
