package org.persona4j.model;

import java.util.Objects;

/**
 * One of a Copilot custom agent's {@code handoffs}: a button that passes the conversation to another agent.
 *
 * @param label  the button's text
 * @param agent  the agent it hands over to
 * @param prompt the prompt sent with it; empty when none
 * @param send   whether the prompt is sent at once
 */
public record Handoff(String label, String agent, String prompt, boolean send) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param label  the button's text
     * @param agent  the agent it hands over to
     * @param prompt the prompt sent with it; empty when none
     * @param send   whether the prompt is sent at once
     */
    public Handoff {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(prompt, "prompt");
    }
}
