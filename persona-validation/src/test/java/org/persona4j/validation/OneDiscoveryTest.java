package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;
import org.persona4j.testing.Corpus;

/** The catalog and the linter find files through the one discovery, so they see exactly the same files. */
class OneDiscoveryTest {

    private static final String PERSONA = "---\ntitle: %s\nversion: 1.0.0\n---\n# %s\n\n## Role Summary\nWorks.\n";

    @Test
    void catalogAndLinterSeeTheSameFilesOfTheCorpus() throws IOException {
        Path corpus = Corpus.require();
        assertEquals(catalogFiles(corpus), linterFiles(corpus));
    }

    @Test
    void catalogAndLinterSeeTheSameFilesOfATreeWithGitignoresMdcFilesAndIgnoredFolders(@TempDir Path dir)
            throws IOException {
        write(dir, ".gitignore", "drafts/\n*.tmp.md\n!keep.tmp.md\n");
        write(dir, "a.md", PERSONA.formatted("A", "A"));
        write(
                dir,
                "rules/style.mdc",
                "---\ndescription: Style rules\nglobs: src/**/*.ts\n---\n## Constraints\n" + "- Use tabs.\n");
        write(dir, "drafts/wip.md", PERSONA.formatted("Draft", "Draft"));
        write(dir, "keep.tmp.md", PERSONA.formatted("Keep", "Keep"));
        write(dir, "skip.tmp.md", PERSONA.formatted("Skip", "Skip"));
        write(dir, "nested/.gitignore", "private/\nlocal.md\n");
        write(dir, "nested/b.md", PERSONA.formatted("B", "B"));
        write(dir, "nested/local.md", PERSONA.formatted("Local", "Local"));
        write(dir, "nested/private/c.md", PERSONA.formatted("C", "C"));
        write(dir, "nested/deep/.github/agents/reviewer.agent.md", PERSONA.formatted("Reviewer", "Reviewer"));
        write(dir, "node_modules/pkg/x.md", PERSONA.formatted("X", "X"));
        write(dir, "target/y.md", PERSONA.formatted("Y", "Y"));
        Set<String> expected = new TreeSet<>();
        for (String f : List.of(
                "a.md",
                "rules/style.mdc",
                "keep.tmp.md",
                "nested/b.md",
                "nested/deep/.github/agents/reviewer.agent.md")) {
            expected.add(dir.resolve(f).toString());
        }
        assertEquals(expected, catalogFiles(dir));
        assertEquals(expected, linterFiles(dir));
    }

    @Test
    void anIgnorePatternWithLeadingDoubleStarAlsoMatchesAtTheRoot(@TempDir Path dir) throws IOException {
        write(dir, "README.md", PERSONA.formatted("Readme", "Readme"));
        write(dir, "docs/README.md", PERSONA.formatted("Docs", "Docs"));
        write(dir, "a.md", PERSONA.formatted("A", "A"));
        write(dir, LintConfig.FILE_NAME, "ignore:\n  - \"**/README.md\"\n");
        Linter linter = Linter.builder()
                .config(LintConfig.load(dir.resolve(LintConfig.FILE_NAME)))
                .build();
        Set<String> linted = new TreeSet<>();
        linter.lint(List.of(dir)).files().forEach(f -> linted.add(f.label()));
        assertEquals(Set.of(dir.resolve("a.md").toString()), linted);
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(dir).exclude("**/README.md").build();
        assertEquals(List.of("a"), catalog.ids());
    }

    @Test
    void lintReadsEachFileOnce(@TempDir Path dir) throws IOException {
        write(dir, "a.md", PERSONA.formatted("A", "A"));
        write(dir, "b/b.md", PERSONA.formatted("B", "B"));
        write(dir, "notes.md", "notes\n");
        Counting counting = new Counting();
        LintReport report = Linter.builder().parser(counting).build().lint(List.of(dir));
        assertEquals(3, report.files().size());
        assertEquals(
                Map.of(
                        dir.resolve("a.md").toString(),
                        1,
                        dir.resolve("b/b.md").toString(),
                        1,
                        dir.resolve("notes.md").toString(),
                        1),
                counting.snapshot());
    }

    @Test
    void aFileThatVanishesAfterItWasFoundIsAFindingAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        write(dir, "a.md", PERSONA.formatted("A", "A"));
        write(dir, "b.md", PERSONA.formatted("B", "B"));
        Linter linter = Linter.builder().build();
        org.persona4j.PersonaFiles.Found found = linter.find(List.of(dir));
        Files.delete(dir.resolve("a.md"));
        LintReport report = linter.lint(found);
        assertEquals(2, report.files().size());
        assertEquals(
                "file.unreadable", report.files().get(0).diagnostics().get(0).code());
        assertEquals(1, report.lintedCount());
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        write(dir, "c.md", PERSONA.formatted("C", "C"));
        Files.delete(dir.resolve("b.md"));
        assertEquals(List.of("c"), catalog.reload().ids(), "a reload sees what is there now");
    }

    /** The files a catalog saw: those it holds, those that failed, and those it found were not personas. */
    private static Set<String> catalogFiles(Path root) throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder().directory(root).build();
        Set<String> files = new TreeSet<>();
        catalog.personas().forEach(p -> files.add(p.source().label()));
        files.addAll(catalog.failures().keySet());
        catalog.diagnostics().stream()
                .filter(d -> d.code().equals("file.not-a-persona"))
                .map(Diagnostic::source)
                .forEach(files::add);
        return files;
    }

    private static Set<String> linterFiles(Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        for (FileReport f : Linter.builder().build().lint(List.of(root)).files()) {
            boolean onlyAFolderNote = !f.diagnostics().isEmpty()
                    && f.diagnostics().stream().allMatch(d -> d.code().equals("file.skipped-folder"));
            if (!onlyAFolderNote) {
                files.add(f.label());
            }
        }
        return files;
    }

    private static void write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The Markdown parser, counting whole reads per file. */
    private static final class Counting implements PersonaParser {
        private final PersonaParser delegate =
                PersonaReader.builder().build().parsers().get(0);
        private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

        @Override
        public boolean supports(String fileName) {
            return delegate.supports(fileName);
        }

        @Override
        public ReadResult read(SourceInput input, ReadOptions options) {
            reads.computeIfAbsent(input.label(), k -> new AtomicInteger()).incrementAndGet();
            return delegate.read(input, options);
        }

        @Override
        public PersonaHead readHead(SourceInput input, ReadOptions options) {
            reads.computeIfAbsent(input.label(), k -> new AtomicInteger()).incrementAndGet();
            return delegate.readHead(input, options);
        }

        @Override
        public PersonaBody readBody(PersonaHead head, String markdown, ReadOptions options) {
            return delegate.readBody(head, markdown, options);
        }

        Map<String, Integer> snapshot() {
            Map<String, Integer> out = new java.util.TreeMap<>();
            reads.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }
    }
}
