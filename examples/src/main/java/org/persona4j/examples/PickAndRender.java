package org.persona4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;

/**
 * Picks the persona that fits a user's task from a catalog and renders it as the system prompt, within a budget.
 *
 * <pre>mvn -q -pl examples exec:java -Dexec.mainClass=org.persona4j.examples.PickAndRender \
 *     -Dexec.args="persona-cli/src/main/resources/org/persona4j/cli/bundled 'checkout is failing after a deploy'"</pre>
 */
public final class PickAndRender {

    private PickAndRender() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PickAndRender PERSONA_DIR TASK");
            System.exit(2);
        }
        RenderedPrompt prompt = pick(Path.of(args[0]), args[1], 1500);
        System.out.print(prompt.systemText());
        System.err.println("(" + prompt.tokens() + " tokens, fingerprint "
                + prompt.fingerprint().substring(0, 12) + ")");
    }

    /** The best persona for the task, rendered in at most {@code maxTokens} tokens. */
    static RenderedPrompt pick(Path personas, String task, int maxTokens) throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder().directory(personas).build();
        List<SearchHit> hits = catalog.search(task, 1);
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("no persona in " + personas + " fits '" + task + "'");
        }
        return hits.get(0)
                .persona()
                .render(RenderOptions.builder()
                        .maxTokens(maxTokens)
                        .userMessage(task)
                        .build());
    }
}
