package org.persona4j.dialect;

/** The placeholders a dialect's tool fills in its text, if any. */
public enum Placeholders {
    /**
     * persona4j's own {@code {{name}}}, filled by {@link org.persona4j.Persona#render}: every {@code {{…}}} outside
     * code and examples must have a value.
     */
    MUSTACHE,
    /**
     * CrewAI's {@code {name}} in an agent's role, goal and backstory, filled from the crew's inputs. A render fills
     * only the {@code {{…}}} placeholders the persona declares.
     */
    CREWAI,
    /**
     * None of persona4j's: the tool passes {@code {{…}}} to the model as written (it may have placeholders of its
     * own, such as Copilot's {@code ${input:name}} or Claude Code's {@code $ARGUMENTS}). A render fills only the
     * {@code {{…}}} placeholders the persona declares under {@code variables:}.
     */
    NONE
}
