package org.persona4j.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.persona4j.Persona;
import org.persona4j.internal.diff.Differ;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.TokenCounter;

/**
 * What changed from one version of a persona to another, as structure rather than text: front-matter keys,
 * sections (added, removed, renamed, moved, prose changed), list items, capability groups, examples and templates,
 * each with its lines in the old and the new file; the change in rendered tokens; and a body changed under the same
 * declared {@code version}. Gates ({@link DiffGate}) decide which changes fail a build.
 *
 * <pre>{@code
 * PersonaDiff diff = PersonaDiff.between(before, after);
 * diff.changes().forEach(c -> System.out.println(c.newLine() + ": " + c.describe()));
 * if (!diff.firing(DiffGate.parseAll("removed:constraints,version-unchanged")).isEmpty()) { … }
 * }</pre>
 *
 * <p>A value: immutable, equal when both sides' labels, the changes and the token counts are.
 */
public final class PersonaDiff {

    private final String oldLabel;
    private final String newLabel;
    private final List<Change> changes;
    private final int tokensBefore;
    private final int tokensAfter;

    private PersonaDiff(String oldLabel, String newLabel, List<Change> changes, int tokensBefore, int tokensAfter) {
        this.oldLabel = oldLabel;
        this.newLabel = newLabel;
        this.changes = List.copyOf(changes);
        this.tokensBefore = tokensBefore;
        this.tokensAfter = tokensAfter;
    }

    /**
     * {@return the changes from {@code old} to {@code neu}, tokens counted as {@link RenderOptions} counts them by
     * default}
     *
     * @param old the persona before
     * @param neu the persona after
     */
    public static PersonaDiff between(Persona old, Persona neu) {
        return between(old, neu, RenderOptions.builder().build().counter());
    }

    /**
     * {@return the changes from {@code old} to {@code neu}, with the rendered prompts' tokens counted by
     * {@code counter} (each rendered leniently with the default sections, so a placeholder without a value does not
     * stop the diff)}
     *
     * @param old     the persona before
     * @param neu     the persona after
     * @param counter how the prompts' tokens are counted
     */
    public static PersonaDiff between(Persona old, Persona neu, TokenCounter counter) {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(neu, "neu");
        Objects.requireNonNull(counter, "counter");
        return new PersonaDiff(
                old.source().label(),
                neu.source().label(),
                Differ.changes(old, neu),
                tokens(old, counter),
                tokens(neu, counter));
    }

    /**
     * {@return a persona that only the new side has (a file added to a tree)}
     *
     * @param neu     the persona added
     * @param counter how its prompt's tokens are counted
     */
    public static PersonaDiff added(Persona neu, TokenCounter counter) {
        return new PersonaDiff(
                "",
                neu.source().label(),
                List.of(new Change(ChangeType.PERSONA_ADDED, null, neu.id(), "", neu.id(), 0, 1)),
                0,
                tokens(neu, counter));
    }

    /**
     * {@return a persona that only the old side has (a file deleted from a tree); each of its sections is listed as
     * removed too, so that a gate such as {@code removed:constraints} holds when a whole persona goes; it has no new
     * file to annotate}
     *
     * @param old     the persona removed
     * @param counter how its prompt's tokens were counted
     */
    public static PersonaDiff removed(Persona old, TokenCounter counter) {
        // Each section goes with it, so that a gate on removed constraints fires when a whole persona is removed too.
        List<Change> changes = new java.util.ArrayList<>();
        changes.add(new Change(ChangeType.PERSONA_REMOVED, null, old.id(), old.id(), "", 1, 0));
        for (org.persona4j.model.Section s : old.sections()) {
            changes.add(new Change(ChangeType.SECTION_REMOVED, s.kind(), s.heading(), s.heading(), "", s.line(), 0));
        }
        return new PersonaDiff(old.source().label(), "", changes, tokens(old, counter), 0);
    }

    private static int tokens(Persona p, TokenCounter counter) {
        try {
            return p.render(RenderOptions.builder()
                            .lenient(true)
                            .tokenCounter(counter)
                            .build())
                    .tokens();
        } catch (PromptTooLargeException e) {
            return -1;
        }
    }

    /** {@return the old file's label; empty for {@link #added}} */
    public String oldLabel() {
        return oldLabel;
    }

    /** {@return the new file's label; empty for {@link #removed}} */
    public String newLabel() {
        return newLabel;
    }

    /** {@return every change, front matter first, then the body in file order} */
    public List<Change> changes() {
        return changes;
    }

    /**
     * {@return the changes of some types}
     *
     * @param type one type
     * @param more the others
     */
    public List<Change> changes(ChangeType type, ChangeType... more) {
        java.util.EnumSet<ChangeType> types = java.util.EnumSet.of(type, more);
        return changes.stream().filter(c -> types.contains(c.type())).toList();
    }

    /** {@return whether nothing changed that the diff can see} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * {@return tokens of the old persona's default render; 0 when there is no old persona, -1 past the render bound}
     */
    public int tokensBefore() {
        return tokensBefore;
    }

    /**
     * {@return tokens of the new persona's default render; 0 when there is no new persona, -1 past the render bound}
     */
    public int tokensAfter() {
        return tokensAfter;
    }

    /** {@return {@code tokensAfter() - tokensBefore()}: positive when the prompt grew} */
    public int tokenDelta() {
        return tokensAfter - tokensBefore;
    }

    /**
     * {@return the changes that fire at least one of the gates, in order}
     *
     * @param gates the gates, as {@code --fail-on} gives them
     */
    public List<Change> firing(Collection<DiffGate> gates) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (gates.stream().anyMatch(g -> g.fires(c))) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonaDiff d
                && d.oldLabel.equals(oldLabel)
                && d.newLabel.equals(newLabel)
                && d.changes.equals(changes)
                && d.tokensBefore == tokensBefore
                && d.tokensAfter == tokensAfter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(oldLabel, newLabel, changes, tokensBefore, tokensAfter);
    }

    @Override
    public String toString() {
        return "PersonaDiff[" + oldLabel + " → " + newLabel + ", " + changes.size() + " changes, tokens "
                + (tokenDelta() >= 0 ? "+" : "") + tokenDelta() + "]";
    }
}
