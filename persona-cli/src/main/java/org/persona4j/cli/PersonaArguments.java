package org.persona4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.persona4j.Persona;
import org.persona4j.PersonaFile;
import org.persona4j.catalog.Lookup;
import org.persona4j.catalog.PersonaCatalog;

/**
 * The one resolver of "FILE or ID" arguments, used by every command: an argument that exists on disk is a file or a
 * directory; any other is looked up in a catalog (the {@code --catalog} directory, or the bundled personas) as an
 * exact id, a front-matter {@code name} or {@code id}, or a unique end of an id. An ambiguous or unknown name is a
 * usage error whose message is the same whichever command met it.
 */
final class PersonaArguments {

    /** What the arguments stand for, in the order given. */
    record Resolved(List<PersonaFile> files, List<Path> directories) {}

    /** An argument that stands for no persona, or for several. */
    static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;

        Unresolved(String message) {
            super(message);
        }
    }

    /** Where ids are looked up; built only when an argument is not a path. */
    interface CatalogSource {
        PersonaCatalog get() throws IOException;
    }

    private PersonaArguments() {}

    /**
     * Resolves arguments.
     *
     * @throws Unresolved  when a name matches no persona, or several
     * @throws IOException when the catalog cannot be loaded
     */
    static Resolved resolve(List<String> arguments, CatalogSource catalogs) throws Unresolved, IOException {
        List<PersonaFile> files = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        PersonaCatalog catalog = null;
        for (String argument : arguments) {
            Path path = asPath(argument);
            if (path != null && Files.isDirectory(path)) {
                directories.add(path);
            } else if (path != null && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                files.add(new PersonaFile(path, path.toString(), stem(path), true));
            } else {
                if (catalog == null) {
                    catalog = catalogs.get();
                }
                files.add(fileOf(catalog, argument));
            }
        }
        return new Resolved(files, directories);
    }

    /**
     * Resolves arguments and reads every persona they stand for, in order: each file named, then each file found
     * in the directories named (discovery's findings printed to {@code err}), every persona of each file.
     *
     * @throws Unresolved  when a name matches no persona, or several
     * @throws IOException when the catalog or a named file cannot be read
     */
    static List<org.persona4j.ReadResult> readAll(
            List<String> arguments, CatalogSource catalogs, org.persona4j.PersonaReader reader, java.io.PrintWriter err)
            throws Unresolved, IOException {
        Resolved resolved = resolve(arguments, catalogs);
        org.persona4j.PersonaFiles.Found found =
                org.persona4j.PersonaFiles.defaults().find(resolved.directories());
        found.diagnostics().forEach(err::println);
        List<PersonaFile> files = new ArrayList<>(resolved.files());
        files.addAll(found.files());
        if (files.isEmpty() && !resolved.directories().isEmpty()) {
            throw new Unresolved("no persona files in "
                    + org.persona4j.TerminalText.escape(String.join(
                            ", ",
                            resolved.directories().stream().map(String::valueOf).toList()))
                    + " (searched for .md, .markdown and .mdc files and agents.yaml)");
        }
        List<org.persona4j.ReadResult> results = new ArrayList<>();
        for (PersonaFile file : files) {
            results.addAll(reader.readAll(file));
        }
        return results;
    }

    /** The file of the persona a name stands for in the catalog. */
    static PersonaFile fileOf(PersonaCatalog catalog, String name) throws Unresolved {
        Lookup lookup = catalog.lookup(name);
        if (!lookup.isFound()) {
            throw new Unresolved(lookup.message());
        }
        Persona persona = catalog.find(lookup.matches().get(0)).orElseThrow();
        Path file = persona.source()
                .file()
                .orElseThrow(() -> new Unresolved("'" + name + "' was not read from a " + "file"));
        return new PersonaFile(file, persona.source().label(), persona.id(), true);
    }

    private static Path asPath(String argument) {
        try {
            return Path.of(argument);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String stem(Path path) {
        String name = String.valueOf(path.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
