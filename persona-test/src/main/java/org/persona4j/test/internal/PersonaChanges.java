package org.persona4j.test.internal;

import java.util.List;
import java.util.Optional;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.diff.Change;
import org.persona4j.diff.PersonaDiff;
import org.persona4j.render.TokenCounter;

/** What changed in a persona since a stored copy of its text, one indented line per change, for failure messages. */
public final class PersonaChanges {

    private PersonaChanges() {}

    /** The changes, or empty when the stored text is missing or the personas are the same. */
    public static Optional<String> since(String storedText, Persona persona) {
        Optional<Persona> old = storedText.isEmpty()
                ? Optional.empty()
                : PersonaReader.builder()
                        .build()
                        .parse(storedText, persona.source().label())
                        .findPersona();
        if (old.isEmpty()) {
            return Optional.empty();
        }
        List<Change> changes =
                PersonaDiff.between(old.get(), persona, TokenCounter.estimate()).changes();
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (Change c : changes) {
            b.append("  ")
                    .append(persona.source().label())
                    .append(':')
                    .append(c.newLine())
                    .append(": ")
                    .append(c.describe())
                    .append(c.oldLine() > 0 ? " (was line " + c.oldLine() + ")" : "")
                    .append('\n');
        }
        return Optional.of(b.toString().stripTrailing());
    }
}
