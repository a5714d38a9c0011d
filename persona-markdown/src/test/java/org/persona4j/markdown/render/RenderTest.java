package org.persona4j.markdown.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.model.Item;
import org.persona4j.model.SectionKind;
import org.persona4j.render.BudgetExceededException;
import org.persona4j.render.Provenance;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.render.TokenCounter;
import org.persona4j.render.UnknownVariableException;
import org.persona4j.testing.Corpus;

class RenderTest {

    private static Persona reference() throws IOException {
        return Personas.read(Corpus.require("ai-ley-personas/engineer/backend-engineer.md"))
                .expectPersona();
    }

    @Test
    void defaultRenderHoldsTheRoleSummaryEveryConstraintAndEveryDirectiveVerbatim() throws IOException {
        Persona p = reference();
        RenderedPrompt r = p.render();
        assertTrue(r.text().contains(p.roleSummary()));
        for (Item i : p.constraints()) {
            assertTrue(r.text().contains(i.text()), i.text());
        }
        for (Item i : p.directives()) {
            assertTrue(r.text().contains(i.text()), i.text());
        }
        assertTrue(r.tokens() > 1000, "counted by the real tokenizer: " + r.tokens());
        assertEquals("cl100k_base", r.tokenizer());
        assertTrue(r.fits());
    }

    @Test
    void provenanceOfTheFirstConstraintPointsAtItsLine() throws IOException {
        Persona p = reference();
        RenderedPrompt r = p.render();
        Item first = p.constraints().get(0);
        int at = r.systemText().indexOf(first.text());
        Provenance where = r.provenanceAt(at).orElseThrow();
        assertEquals(first.span().startLine(), where.line());
        assertEquals(SectionKind.CONSTRAINTS, where.kind());
        assertEquals("5. Constraints", where.heading());
        assertTrue(where.source().endsWith("backend-engineer.md"));
    }

    @Test
    void theSameInputGivesTheSameFingerprint() throws IOException {
        String first = reference().render().fingerprint();
        assertEquals(first, reference().render().fingerprint());
        assertEquals(64, first.length());
        assertFalse(first.equals(reference()
                .render(RenderOptions.builder().format(RenderFormat.TEXT).build())
                .fingerprint()));
    }

    @Test
    void aHalfBudgetIsMetByDroppingExamplesAndTemplatesBeforeConstraints() throws IOException {
        Persona p = reference();
        int full = p.render().tokens();
        RenderedPrompt half =
                p.render(RenderOptions.builder().maxTokens(full / 2).build());
        assertTrue(half.fits());
        assertTrue(half.tokens() <= full / 2);
        assertEquals(half.tokens(), TokenCounter.cl100k().count(half.systemText()), "counted on the real text");
        assertEquals(SectionKind.TEMPLATES, half.dropped().get(0).kind());
        assertEquals("9. Templates & Patterns", half.dropped().get(0).heading());
        assertTrue(
                half.dropped().stream().anyMatch(d -> d.heading().equals("8. Example Workflows")),
                half.dropped().toString());
        assertFalse(half.dropped().stream().anyMatch(d -> d.kind() == SectionKind.CONSTRAINTS));
        assertEquals(
                full - half.tokens(),
                half.dropped().stream().mapToInt(d -> d.tokens()).sum(),
                "each dropped section says the tokens leaving it out saved");
        for (Item i : p.constraints()) {
            assertTrue(half.systemText().contains(i.text()));
        }
    }

    @Test
    void aBudgetTooSmallForTheKeptSectionsDropsTheRestAndSaysByHowMuch() throws IOException {
        RenderedPrompt tiny =
                reference().render(RenderOptions.builder().maxTokens(5).build());
        assertFalse(tiny.fits());
        assertEquals(8, tiny.dropped().size(), "all but the role summary and the constraints");
        assertFalse(tiny.dropped().stream()
                .anyMatch(d -> d.kind() == SectionKind.ROLE_SUMMARY || d.kind() == SectionKind.CONSTRAINTS));
        BudgetExceededException e = assertThrows(BudgetExceededException.class, tiny::requireFit);
        assertEquals(tiny.tokens(), e.tokens());
        assertTrue(
                e.getMessage()
                        .startsWith("the kept sections need " + tiny.tokens() + " tokens, " + (tiny.tokens() - 5)
                                + " more than the budget of 5"),
                e.getMessage());

        RenderedPrompt nothingKept =
                reference().render(RenderOptions.builder().maxTokens(5).keep().build());
        assertEquals(10, nothingKept.dropped().size());
        assertEquals(SectionKind.ROLE_SUMMARY, nothingKept.dropped().get(9).kind());

        int kept = tiny.tokens();
        RenderedPrompt enough =
                reference().render(RenderOptions.builder().maxTokens(kept).build());
        assertTrue(enough.fits());
        assertEquals(enough, enough.requireFit());
        List<SectionKind> present = enough.provenance().stream()
                .map(pv -> pv.kind())
                .filter(k -> k != null)
                .distinct()
                .toList();
        assertEquals(List.of(SectionKind.ROLE_SUMMARY, SectionKind.CONSTRAINTS), present);
    }

    @Test
    void sectionsCanBeChosenByKind() throws IOException {
        RenderedPrompt r = reference()
                .render(RenderOptions.builder()
                        .only(SectionKind.ROLE_SUMMARY, SectionKind.CONSTRAINTS, SectionKind.DIRECTIVES)
                        .build());
        assertTrue(r.systemText().contains("## 5. Constraints"));
        assertFalse(r.systemText().contains("Templates"));
        RenderedPrompt lean = reference()
                .render(RenderOptions.builder()
                        .without(SectionKind.TEMPLATES, SectionKind.EXAMPLES)
                        .build());
        assertFalse(lean.systemText().contains("```python"));
    }

    @Test
    void variablesAreFilledOnceAndUnknownOnesFailWithTheirPosition() {
        Persona p = Personas.parse(
                        "---\ntitle: Helper for {{team}}\n---\n## Role Summary\nYou help {{team}} with "
                                + "{{topic}}.\n",
                        "vars.md")
                .expectPersona();
        RenderedPrompt r = p.render(RenderOptions.builder()
                .variable("team", "{{topic}} ${x} {%y%} #{z}")
                .variable("topic", "billing")
                .build());
        assertTrue(r.systemText().contains("You help {{topic}} ${x} {%y%} #{z} with billing."), r.systemText());
        assertTrue(r.systemText().startsWith("# Helper for {{topic}} ${x} {%y%} #{z}\n"), r.systemText());
        UnknownVariableException e = assertThrows(
                UnknownVariableException.class,
                () -> p.render(RenderOptions.builder().variable("team", "ops").build()));
        assertEquals("topic", e.name());
        assertEquals("vars.md:5:24", e.where());
        assertTrue(p.render(RenderOptions.builder().lenient(true).build())
                .systemText()
                .contains("{{topic}}"));
    }

    @Test
    void requestBodiesHaveEveryFieldTheProvidersDocument() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Persona p = reference();
        RenderedPrompt openai = p.render(RenderOptions.builder()
                .format(RenderFormat.OPENAI)
                .model("gpt-4o")
                .maxOutputTokens(500)
                .temperature(0.2)
                .userMessage("My API is slow \"under load\"")
                .build());
        JsonNode o = json.readTree(openai.text());
        // OpenAI Chat Completions: model, messages [{role, content}], optional max_completion_tokens and temperature
        assertEquals(List.of("model", "messages", "max_completion_tokens", "temperature"), fields(o));
        assertEquals("gpt-4o", o.get("model").asText());
        assertEquals("system", o.at("/messages/0/role").asText());
        assertEquals(openai.systemText(), o.at("/messages/0/content").asText());
        assertEquals("user", o.at("/messages/1/role").asText());
        assertEquals(
                "My API is slow \"under load\"", o.at("/messages/1/content").asText());
        assertEquals(500, o.get("max_completion_tokens").asInt());
        assertEquals(0.2, o.get("temperature").asDouble());

        JsonNode a = json.readTree(p.render(RenderOptions.builder()
                        .format(RenderFormat.ANTHROPIC)
                        .model("claude-sonnet-4-5")
                        .maxOutputTokens(800)
                        .userMessage("hi")
                        .build())
                .text());
        // Anthropic Messages: model, max_tokens (required), system, messages [{role, content}]
        assertEquals(List.of("model", "max_tokens", "system", "messages"), fields(a));
        assertEquals("claude-sonnet-4-5", a.get("model").asText());
        assertEquals(800, a.get("max_tokens").asInt());
        assertEquals(openai.systemText(), a.get("system").asText());
        assertEquals("user", a.at("/messages/0/role").asText());
        assertEquals("hi", a.at("/messages/0/content").asText());
        assertEquals(
                RenderOptions.DEFAULT_ANTHROPIC_MAX_TOKENS,
                json.readTree(p.render(RenderOptions.builder()
                                        .format(RenderFormat.ANTHROPIC)
                                        .model("m")
                                        .build())
                                .text())
                        .get("max_tokens")
                        .asInt());

        for (RenderFormat f : List.of(RenderFormat.OPENAI, RenderFormat.ANTHROPIC)) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> p.render(RenderOptions.builder().format(f).build()));
            assertTrue(e.getMessage().contains("--model"), e.getMessage());
        }
        Persona withModel = Personas.parse("---\nname: a\ndescription: b\nmodel: sonnet\n---\nHelp.\n", "a.md")
                .expectPersona();
        assertEquals(
                "claude-sonnet-4-6",
                json.readTree(withModel
                                .render(RenderOptions.builder()
                                        .format(RenderFormat.ANTHROPIC)
                                        .build())
                                .text())
                        .get("model")
                        .asText(),
                "the persona's model when none is given, an alias as the id it stands for");
        IllegalArgumentException otherVendor = assertThrows(
                IllegalArgumentException.class,
                () -> withModel.render(
                        RenderOptions.builder().format(RenderFormat.OPENAI).build()));
        assertTrue(otherVendor.getMessage().contains("anthropic model"), otherVendor.getMessage());
    }

    @Test
    void theJsonFormCarriesCountsDroppedSectionsProvenanceAndAStableFingerprint() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Persona p = reference();
        RenderOptions options = RenderOptions.builder()
                .format(RenderFormat.JSON)
                .maxTokens(p.render().tokens() / 2)
                .provenance(true)
                .build();
        RenderedPrompt r = p.render(options);
        JsonNode o = json.readTree(r.text());
        assertEquals("engineer/backend-engineer".substring(9), o.get("id").asText());
        assertEquals(r.tokens(), o.get("tokens").asInt());
        assertEquals("cl100k_base", o.get("tokenizer").asText());
        assertTrue(o.get("fits").asBoolean());
        assertEquals(r.dropped().size(), o.get("dropped").size());
        assertEquals("TEMPLATES", o.at("/dropped/0/kind").asText());
        assertEquals(r.systemText().lines().count(), o.get("lines").size());
        JsonNode roleLine = o.get("lines").get(r.systemText().lines().toList().indexOf("## 1. Role Summary"));
        assertEquals("1. Role Summary", roleLine.get("section").asText());
        assertTrue(roleLine.get("sourceLine").asInt() > 1);
        assertEquals(r.fingerprint(), o.get("fingerprint").asText());
        assertEquals(r.fingerprint(), p.render(options).fingerprint(), "the same input, the same fingerprint");
        Path file = Corpus.require("ai-ley-personas/engineer/backend-engineer.md");
        String text = Files.readString(file);
        int at = text.indexOf("## ", text.indexOf("Role Summary")) - 2; // a character inside the role summary
        Persona changed = Personas.parse(text.substring(0, at) + "X" + text.substring(at), file.toString())
                .expectPersona();
        assertFalse(r.fingerprint().equals(changed.render(options).fingerprint()), "one character more");
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void placeholdersInCodeAreTextWhileProseOnesStillNeedAValue() {
        Persona p = Personas.parse("""
                ---
                title: CI
                ---
                ## Directives

                Deploy with `{{ github.sha }}` to {{env}}.

                ```yaml
                run: echo ${{ secrets.TOKEN }} {{env}}
                ```

                - In a list: `{{item}}`

                      indented {{code}}
                """, "ci.md").expectPersona();
        String out = p.render(RenderOptions.builder()
                        .variable("env", "prod")
                        .variable("item", "x")
                        .build())
                .systemText();
        assertTrue(out.contains("Deploy with `{{ github.sha }}` to prod."), out);
        assertTrue(out.contains("run: echo ${{ secrets.TOKEN }} {{env}}"), "code keeps even a name with a value");
        assertTrue(out.contains("In a list: `{{item}}`"), out);
        assertTrue(out.contains("indented {{code}}"), out);
        UnknownVariableException e = assertThrows(UnknownVariableException.class, () -> p.render());
        assertEquals("env", e.name(), "a prose placeholder without a value is still an error");
    }

    @Test
    void declaredVariablesTakeDefaultsAndFailNamingTheDeclarationOnAWrongTypeOrAMissingRequiredValue()
            throws IOException {
        Path file = Path.of("src", "test", "resources", "fixtures", "declared-variables.md");
        Persona p = Personas.read(file).expectPersona();
        assertEquals(
                List.of("team", "budget", "dryRun", "env"),
                p.metadata().variables().stream()
                        .map(org.persona4j.render.VariableDeclaration::name)
                        .toList());
        String out = p.render(RenderOptions.builder()
                        .variable("budget", "30")
                        .variable("dryRun", "true")
                        .build())
                .systemText();
        assertTrue(out.contains("You help payments release within 30 minutes."), out);
        assertTrue(out.contains("`deploy --env staging`"), "a declared name is filled in code too: " + out);
        assertTrue(out.contains("`${{ github.sha }}`"), out);

        org.persona4j.render.InvalidVariableException wrong = assertThrows(
                org.persona4j.render.InvalidVariableException.class,
                () -> p.render(RenderOptions.builder()
                        .variable("budget", "soon")
                        .variable("dryRun", "true")
                        .build()));
        assertEquals("budget", wrong.name());
        assertEquals(file + ":8", wrong.declaredAt());
        assertTrue(wrong.getMessage().contains("must be a number, not 'soon'"), wrong.getMessage());
        org.persona4j.render.InvalidVariableException missing =
                assertThrows(org.persona4j.render.InvalidVariableException.class, () -> p.render());
        assertEquals("budget", missing.name());
        assertTrue(missing.getMessage().contains("is required"), missing.getMessage());
        org.persona4j.render.InvalidVariableException flag = assertThrows(
                org.persona4j.render.InvalidVariableException.class,
                () -> p.render(RenderOptions.builder()
                        .variable("budget", "1")
                        .variable("dryRun", "maybe")
                        .build()));
        assertEquals(file + ":11", flag.declaredAt());
    }

    @Test
    void aSubagentWrittenWithoutSectionsRendersItsWholePrompt() {
        Persona p = Personas.parse(
                        "---\nname: helper\ndescription: Helps\n---\nYou help with builds.\n\n"
                                + "Run `make {{target}}` when asked.\n",
                        ".claude/agents/helper.md")
                .expectPersona();
        RenderedPrompt r = p.render();
        assertTrue(
                r.systemText().contains("You help with builds.\n\nRun `make {{target}}` when asked."), r.systemText());
        int at = r.systemText().indexOf("Run `make");
        assertEquals(7, r.provenanceAt(at).orElseThrow().line(), "the preamble's lines are traced to the file");
        assertEquals(SectionKind.ROLE_SUMMARY, r.provenanceAt(at).orElseThrow().kind());
        assertFalse(
                p.render(RenderOptions.builder().only(SectionKind.CONSTRAINTS).build())
                        .systemText()
                        .contains("You help"),
                "the preamble goes with the role summary");
    }

    @Test
    void aCustomTemplateFramesTheSections() {
        Persona p = Personas.parse("---\ntitle: T\ndescription: D\n---\n## Role Summary\nR.\n", "t.md")
                .expectPersona();
        RenderedPrompt r = p.render(RenderOptions.builder()
                .template("Act as {{persona.title}} ({{persona.description}}) for {{who}}.\n{{persona.sections}}--\n")
                .variable("who", "me")
                .build());
        assertEquals("Act as T (D) for me.\n## Role Summary\n\nR.\n--\n", r.systemText());
        int at = r.systemText().indexOf("R.");
        assertEquals(6, r.provenanceAt(at).orElseThrow().line());
    }

    @Test
    void placeholdersInExampleSectionsQuoteTheUsersWordsUnlessDeclared() {
        String text = """
                ---
                title: HR
                variables:
                  Department: {type: string, default: Sales}
                ---
                ## Directives

                Help with {{Department}} hiring.

                ## Examples

                - "Create an interview kit for {{RoleTitle}} in {{Department}}"
                """;
        Persona p = Personas.parse(text, "hr.md").expectPersona();
        assertEquals(
                org.persona4j.model.SectionKind.EXAMPLES, p.sections().get(1).kind());
        String out = p.render(RenderOptions.builder().variable("RoleTitle", "X").build())
                .systemText();
        assertTrue(
                out.contains("\"Create an interview kit for {{RoleTitle}} in Sales\""),
                "an undeclared name in an example stays as written, a declared one is filled: " + out);
        assertTrue(out.contains("Help with Sales hiring."), out);
        Persona prose =
                Personas.parse(text.replace("## Examples", "## Notes"), "hr.md").expectPersona();
        UnknownVariableException e = assertThrows(UnknownVariableException.class, () -> prose.render());
        assertEquals("RoleTitle", e.name(), "the same line outside an example section still needs a value");
    }

    @Test
    void everyCorpusPersonaRendersStrictlyAndWithinABudgetKeepsItsPinnedSections() throws IOException {
        List<String> failures = new java.util.ArrayList<>();
        List<Path> files = Corpus.personaFiles(Corpus.require());
        for (Path f : files) {
            Persona p = Personas.read(f).expectPersona();
            try {
                p.render(); // the defaults: strict, no budget
            } catch (RuntimeException e) {
                failures.add(f + ": " + e.getMessage());
                continue;
            }
            RenderedPrompt r = p.render(RenderOptions.builder()
                    .maxTokens(300)
                    .tokenCounter(TokenCounter.estimate())
                    .build());
            if (r.dropped().stream()
                    .anyMatch(d -> RenderOptions.builder().build().keep().contains(d.kind()))) {
                failures.add(f + ": dropped a kept section " + r.dropped());
            }
            if (r.tokens() <= 300 != r.fits()) {
                failures.add(f + ": fits() is " + r.fits() + " at " + r.tokens() + " tokens of 300");
            }
        }
        assertTrue(files.size() > 400, "the corpus has its files: " + files.size());
        assertEquals(List.of(), failures);
    }
}
