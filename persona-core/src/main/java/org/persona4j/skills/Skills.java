package org.persona4j.skills;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;
import org.persona4j.ReadOptions;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaSummary;
import org.persona4j.internal.skills.SkillFolder;
import org.persona4j.render.RenderOptions;

/**
 * The Agent Skills of a catalog, disclosed step by step as the tools of a model's call take them: the list of
 * skills (names and descriptions), one skill's instructions with the files it bundles, and one bundled file's text.
 * Every read stays inside the skill's folder, on the file system or in a jar on the class path; a request that would
 * leave it, or names no skill or file, is refused with a {@link SkillAnswer.Refused} whose message says what to ask
 * instead.
 *
 * <pre>{@code
 * Skills skills = Skills.of(catalog);
 * for (SkillSummary s : skills.list()) { ... }                  // show the model names and descriptions
 * Skill skill = skills.load("pdf-forms").orElseThrow();          // the instructions and the file list
 * String guide = skills.read("pdf-forms", "references/fields.md").orElseThrow().text();
 * }</pre>
 *
 * <p>{@link SkillTools} offers the same as three tools with JSON schemas, for any framework's tool calling.
 */
public final class Skills {

    private final Supplier<PersonaCatalog> catalog;
    private final long maxFileBytes;

    private Skills(Supplier<PersonaCatalog> catalog, long maxFileBytes) {
        this.catalog = catalog;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * The skills of one catalog snapshot.
     *
     * @param catalog the catalog
     * @return its skills
     */
    public static Skills of(PersonaCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new Skills(() -> catalog, ReadOptions.defaults().maxFileBytes());
    }

    /**
     * The skills of whichever catalog snapshot is current at each call: a reload shows on the next one.
     *
     * @param current gives the current snapshot, as {@code PersonaCatalogs::current} in Spring
     * @param options the size limit of a bundled file read ({@link ReadOptions#maxFileBytes()})
     * @return the skills
     */
    public static Skills of(Supplier<PersonaCatalog> current, ReadOptions options) {
        return new Skills(Objects.requireNonNull(current, "current"), options.maxFileBytes());
    }

    /** {@return every skill of the catalog, by name, the first of each name; no skill's body is parsed} */
    public List<SkillSummary> list() {
        List<SkillSummary> out = new ArrayList<>();
        for (PersonaSummary p : skills(catalog.get()).values()) {
            out.add(new SkillSummary(name(p), description(p.metadata())));
        }
        return out;
    }

    /**
     * Loads a skill: its instructions and the files it bundles.
     *
     * @param name the skill's name, as {@link #list()} gives it
     * @return the skill, or a {@code skill.unknown} refusal
     */
    public SkillAnswer<Skill> load(String name) {
        Optional<Persona> found = find(name);
        if (found.isEmpty()) {
            return unknown(name);
        }
        Persona p = found.get();
        String instructions;
        try {
            instructions =
                    p.render(RenderOptions.builder().lenient(true).build()).systemText();
        } catch (RuntimeException e) { // a declared variable the skill requires, or a prompt past the bound
            return SkillFolder.refused(
                    DiagnosticCodes.FILE_UNREADABLE,
                    name(p),
                    "skill '" + name(p) + "' cannot be rendered: " + e.getMessage());
        }
        return new SkillAnswer.Found<>(
                new Skill(name(p), description(p.metadata()), instructions, filesOf(p.source(), name(p))));
    }

    /**
     * Lists the files a skill bundles, without rendering its instructions.
     *
     * @param name the skill's name, as {@link #list()} gives it
     * @return its files in path order, or a {@code skill.unknown} refusal
     */
    public SkillAnswer<List<SkillFile>> files(String name) {
        PersonaCatalog current = catalog.get();
        PersonaSummary found = name == null ? null : skills(current).get(name.strip());
        if (found == null) {
            return unknown(name);
        }
        return new SkillAnswer.Found<>(filesOf(found.source(), name(found)));
    }

    /**
     * Reads a file bundled in a skill's folder.
     *
     * @param name the skill's name
     * @param path the file's path relative to the skill's folder, as {@link Skill#files()} gives it
     * @return its text, or a refusal: {@code skill.unknown}, {@code skill.path-refused} (a path that would leave
     *     the folder: {@code ..}, absolute, a link; or a hidden name), {@code skill.file-missing},
     *     {@code file.too-large}, {@code file.binary}, {@code file.unreadable}
     */
    public SkillAnswer<SkillFileText> read(String name, String path) {
        Optional<Persona> found = find(name);
        if (found.isEmpty()) {
            return unknown(name);
        }
        Persona p = found.get();
        Optional<Path> folder = folder(p.source());
        if (folder.isEmpty()) {
            return SkillFolder.refused(
                    DiagnosticCodes.SKILL_FILE_MISSING, name(p), "skill '" + name(p) + "' has no folder, so no files");
        }
        SkillAnswer<String> text = new SkillFolder(folder.get(), name(p), maxFileBytes).read(path);
        if (text instanceof SkillAnswer.Found<String> f) {
            return new SkillAnswer.Found<>(new SkillFileText(name(p), path, f.value()));
        }
        return new SkillAnswer.Refused<>(((SkillAnswer.Refused<String>) text).problem());
    }

    private Optional<Persona> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        PersonaCatalog current = catalog.get();
        PersonaSummary found = skills(current).get(name.strip());
        return found == null ? Optional.empty() : current.find(found.id());
    }

    private static <T> SkillAnswer<T> unknown(String name) {
        String shown = name == null
                ? ""
                : org.persona4j.TerminalText.escape(name.length() > 80 ? name.substring(0, 80) + "…" : name);
        return SkillFolder.refused(
                DiagnosticCodes.SKILL_UNKNOWN,
                shown,
                "no skill named '" + shown + "'; list the skills for their names");
    }

    /** The catalog's skills by name, in catalog order, the first of each name. */
    private static Map<String, PersonaSummary> skills(PersonaCatalog catalog) {
        Map<String, PersonaSummary> out = new LinkedHashMap<>();
        for (PersonaSummary p : catalog.summaries()) {
            if (p.dialect() == Dialect.AGENT_SKILL) {
                out.putIfAbsent(name(p), p);
            }
        }
        return out;
    }

    /** The files of a skill's folder; none for a skill held in memory. */
    private List<SkillFile> filesOf(PersonaSource source, String name) {
        return folder(source)
                .map(f -> new SkillFolder(f, name, maxFileBytes).files())
                .orElse(List.of());
    }

    private static String name(Persona p) {
        return name(p.metadata(), p.source(), p.id());
    }

    private static String name(PersonaSummary p) {
        return name(p.metadata(), p.source(), p.id());
    }

    /** A skill's name: its front matter's, else its folder's, else its id. */
    private static String name(PersonaMetadata metadata, PersonaSource source, String id) {
        return metadata.name()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .orElseGet(() ->
                        folder(source).map(f -> String.valueOf(f.getFileName())).orElse(id));
    }

    private static String description(PersonaMetadata metadata) {
        return metadata.description().map(String::strip).orElse("");
    }

    /** The folder of a skill read from a file: where its SKILL.md is. */
    private static Optional<Path> folder(PersonaSource source) {
        return source.file().map(Path::toAbsolutePath).map(Path::getParent);
    }
}
