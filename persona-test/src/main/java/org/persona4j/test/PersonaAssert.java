package org.persona4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.model.Item;
import org.persona4j.model.SectionKind;
import org.persona4j.render.DroppedSection;
import org.persona4j.render.Provenance;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.render.TokenCounter;
import org.persona4j.test.internal.PersonaTexts;
import org.persona4j.test.internal.SnapshotStore;
import org.persona4j.validation.LintReport;
import org.persona4j.validation.Linter;
import org.persona4j.validation.Profile;

/**
 * Fluent assertions on one persona. Render settings ({@link #withVariable}, {@link #rendersWithin}) apply to the
 * assertions on the prompt that follow them; every failure says what was expected, what was found and where.
 * Not thread-safe: one chain per test.
 */
public final class PersonaAssert {

    private final Persona persona;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private int budget;
    private TokenCounter counter = TokenCounter.cl100k();

    PersonaAssert(Persona persona) {
        this.persona = Objects.requireNonNull(persona, "persona");
    }

    /**
     * Has a section of this kind.
     *
     * @param kind the section kind
     * @return this assertion, for more checks
     */
    public PersonaAssert hasSection(SectionKind kind) {
        if (persona.sections().stream().noneMatch(s -> s.kind() == kind)) {
            fail("expected a " + name(kind) + " section in " + where() + ", found "
                    + persona.sections().stream()
                            .map(s -> name(s.kind()))
                            .distinct()
                            .collect(Collectors.joining(", ", "[", "]")));
        }
        return this;
    }

    /**
     * Has a section with this heading (case and numbering such as {@code 5.} aside).
     *
     * @param heading the heading, without the {@code ##}
     * @return this assertion, for more checks
     */
    public PersonaAssert hasSection(String heading) {
        String wanted = heading.strip().toLowerCase(java.util.Locale.ROOT);
        if (persona.sections().stream().noneMatch(s -> bare(s.heading()).equals(wanted))) {
            fail("expected a section headed '" + heading + "' in " + where() + ", found "
                    + persona.sections().stream()
                            .map(s -> s.heading())
                            .collect(Collectors.joining("', '", "['", "']")));
        }
        return this;
    }

    /**
     * Has a constraint item whose text contains {@code text}.
     *
     * @param text the text the item must contain
     * @return this assertion, for more checks
     */
    public PersonaAssert hasConstraint(String text) {
        if (persona.constraints().stream().map(Item::text).noneMatch(t -> t.contains(text))) {
            fail("expected a constraint containing '" + text + "' in " + where() + "; its constraints are "
                    + persona.constraints().stream().map(Item::text).toList());
        }
        return this;
    }

    /**
     * A value for a placeholder in the renders that follow.
     *
     * @param name  the placeholder's name
     * @param value its value
     * @return this assertion, for more checks
     */
    public PersonaAssert withVariable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /**
     * How tokens are counted in the renders that follow (default {@link TokenCounter#cl100k()}).
     *
     * @param value the token counter
     * @return this assertion, for more checks
     */
    public PersonaAssert countingWith(TokenCounter value) {
        this.counter = Objects.requireNonNull(value, "counter");
        return this;
    }

    /**
     * Renders within {@code maxTokens}: the prompt fits the budget, with the default drop order and pinned kinds.
     * Later {@link #keeps} assertions render with this budget.
     *
     * @param maxTokens the budget, in tokens
     * @return this assertion, for more checks
     */
    public PersonaAssert rendersWithin(int maxTokens) {
        this.budget = maxTokens;
        RenderedPrompt r = render();
        if (!r.fits()) {
            fail("expected the prompt of " + where() + " to fit " + maxTokens + " tokens; it needs " + r.tokens()
                    + " even after dropping " + r.dropped());
        }
        return this;
    }

    /**
     * Keeps these kinds: the persona has sections of each, and the render (with the budget of
     * {@link #rendersWithin}, if any, and the default pinned kinds) holds them: none was dropped to meet the budget.
     *
     * @param first one kind
     * @param more  the others
     * @return this assertion, for more checks
     */
    public PersonaAssert keeps(SectionKind first, SectionKind... more) {
        Set<SectionKind> kinds = EnumSet.of(first, more);
        RenderedPrompt r = render();
        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        for (Provenance p : r.provenance()) {
            if (p.kind() != null) {
                present.add(p.kind());
            }
        }
        List<String> problems = new ArrayList<>();
        for (SectionKind k : kinds) {
            List<DroppedSection> dropped =
                    r.dropped().stream().filter(d -> d.kind() == k).toList();
            if (!dropped.isEmpty()) {
                problems.add(name(k) + " was dropped " + dropped);
            } else if (!present.contains(k)) {
                problems.add(name(k) + " is not in the prompt (the persona has no such section)");
            }
        }
        if (!problems.isEmpty()) {
            fail("expected the prompt of " + where() + (budget > 0 ? " within " + budget + " tokens" : "") + " to keep "
                    + kinds + ": " + String.join("; ", problems));
        }
        return this;
    }

    /**
     * Lints without warnings or errors under a profile ({@code reference}, {@code technical}, {@code permissive}).
     *
     * @param profile the profile's name
     * @return this assertion, for more checks
     */
    public PersonaAssert lintsClean(String profile) {
        return lintsClean(Profile.named(profile));
    }

    /**
     * Lints without warnings or errors under a profile.
     *
     * @param profile the profile
     * @return this assertion, for more checks
     */
    public PersonaAssert lintsClean(Profile profile) {
        String text = text();
        LintReport report = Linter.builder()
                .profile(profile)
                .build()
                .lint(text, persona.source().label());
        List<Diagnostic> findings = report.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .filter(d -> d.severity().compareTo(Severity.WARNING) >= 0)
                .toList();
        if (!findings.isEmpty()) {
            fail("expected " + where() + " to lint clean under '" + profile.name() + "'; found:\n  "
                    + findings.stream().map(Diagnostic::toString).collect(Collectors.joining("\n  ")));
        }
        return this;
    }

    /**
     * The rendered prompt equals its snapshot, compared by fingerprint. A changed prompt fails with what
     * changed in the persona (the structural diff against the persona the snapshot was taken from); a missing snapshot
     * is written and passes, except on CI. {@code -Dpersona.snapshot.update=true} rewrites snapshots.
     *
     * @return this assertion, for more checks
     */
    public PersonaAssert matchesSnapshot() {
        return matchesSnapshot("");
    }

    /**
     * {@link #matchesSnapshot()} under a name, for several snapshots of one persona (other variables).
     *
     * @param name the snapshot's name, unique for the persona
     * @return this assertion, for more checks
     */
    public PersonaAssert matchesSnapshot(String name) {
        try {
            String failure = SnapshotStore.fromSettings().check(persona, render(), name);
            if (failure != null) {
                fail(failure);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** {@return the prompt as the assertions render it} */
    public RenderedPrompt rendered() {
        return render();
    }

    private RenderedPrompt render() {
        return persona.render(RenderOptions.builder()
                .variables(variables)
                .tokenCounter(counter)
                .maxTokens(budget)
                .build());
    }

    private String text() {
        try {
            return PersonaTexts.source(persona)
                    .orElseThrow(() ->
                            new AssertionFailedError("the text of " + where() + " cannot be read again for lint"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String where() {
        return "'" + persona.id() + "' (" + persona.source().label() + ")";
    }

    private static String bare(String heading) {
        String h = heading.strip();
        int i = 0;
        while (i < h.length() && (Character.isDigit(h.charAt(i)) || h.charAt(i) == '.')) {
            i++;
        }
        return (i > 0 && i < h.length() && h.charAt(i) == ' ' ? h.substring(i) : h)
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String name(SectionKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void fail(String message) {
        throw new AssertionFailedError(message);
    }
}
