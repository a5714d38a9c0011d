package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.SourceSpan;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;

/**
 * Reads a CrewAI project's {@code agents.yaml}: each top-level key is an agent and becomes a persona with that id,
 * its settings as front matter (positions from the file) and its {@code role}, {@code goal} and {@code backstory}
 * as the sections {@code Role}, {@code Goal} and {@code Backstory}. The YAML is read as front matter is, under the
 * same limits.
 */
public final class CrewAiAgentsParser implements PersonaParser {

    /** The agent texts that become sections, with their headings. */
    @Override
    public boolean supports(String fileName) {
        return Dialect.detect(fileName, List.of()) == Dialect.CREWAI_AGENT;
    }

    @Override
    public ReadResult read(SourceInput input, ReadOptions options) {
        return readAll(input, options).get(0);
    }

    @Override
    public List<ReadResult> readAll(SourceInput input, ReadOptions options) {
        Agents agents = agents(input, options);
        List<ReadResult> out = new ArrayList<>();
        for (PersonaHead head : agents.heads()) {
            Persona p = Persona.of(
                    head.id(), head.dialect(), head.metadata(), head.source(), body(head), head.diagnostics());
            out.add(new ReadResult(p, p.diagnostics(), agents.text()));
        }
        if (out.isEmpty()) {
            out.add(new ReadResult(null, agents.fileDiagnostics(), agents.text()));
        }
        return out;
    }

    @Override
    public PersonaHead readHead(SourceInput input, ReadOptions options) {
        List<PersonaHead> heads = readHeads(input, options);
        return heads.get(0);
    }

    @Override
    public List<PersonaHead> readHeads(SourceInput input, ReadOptions options) {
        Agents agents = agents(input, options);
        if (agents.heads().isEmpty()) {
            // No agent: a head without a persona's keys, carrying why, so a catalog reports it.
            return List.of(new PersonaHead(
                    input.defaultId(),
                    Dialect.CREWAI_AGENT,
                    PersonaMetadata.empty(),
                    agents.source(),
                    agents.fileDiagnostics(),
                    1,
                    -1,
                    "",
                    true));
        }
        return agents.heads();
    }

    @Override
    public PersonaBody readBody(PersonaHead head, String markdown, ReadOptions options) {
        return body(head);
    }

    /** Every agent's head, and the findings about the file as a whole. */
    private record Agents(
            List<PersonaHead> heads, List<Diagnostic> fileDiagnostics, PersonaSource source, String text) {}

    private static Agents agents(SourceInput input, ReadOptions options) {
        DecodedText decoded = DecodedText.decode(input.bytes(), input.label(), false);
        String label = input.label();
        PersonaSource source = PersonaSource.of(label, input.path(), input.bytes());
        List<Diagnostic> file = new ArrayList<>(decoded.diagnostics());
        // The whole file is YAML, so its bound is the file's, not front matter's: a long agents.yaml is no syntax
        // error (a file past the file limit is reported as too large before it is read).
        ReadOptions whole = options.toBuilder()
                .maxFrontMatterBytes((int) Math.min(Integer.MAX_VALUE - 1024, options.maxFileBytes()))
                .build();
        FrontMatterParser.Result parsed = FrontMatterParser.parse(decoded.text(), 1, label, whole);
        file.addAll(parsed.diagnostics());
        List<PersonaHead> heads = new ArrayList<>();
        if (parsed.root() == null) {
            if (parsed.diagnostics().isEmpty()) {
                file.add(DiagnosticCodes.FILE_NOT_A_PERSONA.at(
                        label,
                        SourceSpan.FILE,
                        "this agents.yaml defines no "
                                + "agent; give each agent a key with its role, goal and backstory"));
            }
            return new Agents(heads, options.apply(file), source, decoded.text());
        }
        List<YamlNode.Pair> agents = new ArrayList<>();
        for (YamlNode.Pair pair : parsed.root().entries()) {
            if (pair.value() instanceof YamlNode.Mapping && !pair.key().text().isBlank()) {
                agents.add(pair);
            } else {
                file.add(DiagnosticCodes.FIELD_TYPE.at(
                        label,
                        SourceSpan.at(pair.key().line(), pair.key().column()),
                        "'" + FrontMatterParser.shorten(pair.key().text()) + "' is not an agent: an agent is a mapping "
                                + "with its role, goal and backstory"));
            }
        }
        for (YamlNode.Pair pair : agents) {
            YamlNode.Mapping agent = (YamlNode.Mapping) pair.value();
            MetadataBinder.Result bound = MetadataBinder.bind(agent, label, Dialect.CREWAI_AGENT);
            // Findings about the file as a whole go with its first agent.
            List<Diagnostic> diagnostics = new ArrayList<>(heads.isEmpty() ? file : List.of());
            diagnostics.addAll(bound.diagnostics());
            heads.add(new PersonaHead(
                    pair.key().text().strip(),
                    Dialect.CREWAI_AGENT,
                    bound.metadata(),
                    source,
                    options.apply(diagnostics),
                    agent.line(),
                    -1,
                    "",
                    true));
        }
        if (heads.isEmpty() && file.stream().noneMatch(Diagnostic::isError)) {
            file.add(DiagnosticCodes.FILE_NOT_A_PERSONA.at(
                    label,
                    SourceSpan.FILE,
                    "this agents.yaml defines no " + "agent; give each agent a key with its role, goal and backstory"));
        }
        return new Agents(heads, options.apply(file), source, decoded.text());
    }

    /**
     * The sections an agent's texts make, placed where the texts are in the file; each text is one paragraph, so that
     * the goal is the agent's goals and the role its role summary.
     */
    private static PersonaBody body(PersonaHead head) {
        PersonaMetadata m = head.metadata();
        List<Section> sections = new ArrayList<>();
        for (String key : Dialect.CREWAI_AGENT.spec().sectionKeys()) {
            String text = m.text(key).map(String::strip).orElse(null);
            if (text == null) {
                continue;
            }
            String heading = org.persona4j.dialect.DialectSpec.sectionHeading(key);
            SourceSpan at = m.span(key).orElse(SourceSpan.at(head.bodyLine(), 1));
            int lines = (int) text.lines().count();
            SourceSpan span = SourceSpan.lines(at.startLine(), at.startLine() + Math.max(lines, 1));
            sections.add(new Section(
                    SectionKind.fromHeading(heading),
                    heading,
                    text,
                    span,
                    at.startLine(),
                    head.source().label(),
                    List.of(),
                    List.of(new org.persona4j.model.Block.Paragraph(text, 0, text.length()))));
        }
        return new PersonaBody("", "", sections);
    }
}
