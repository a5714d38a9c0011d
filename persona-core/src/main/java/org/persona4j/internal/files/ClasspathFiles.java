package org.persona4j.internal.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.SourceSpan;

/** Persona files found on a class path, in folders and jars alike: the class-path side of {@link Walker}. */
final class ClasspathFiles {

    private ClasspathFiles() {}

    /**
     * {@return the persona files under a class-path folder, from directories and jars alike, in path order}
     *
     * @param loader   the class loader whose resources are searched
     * @param prefix   the folder, such as {@code personas}
     * @param patterns ignore patterns; those without a base apply (a class path is the caller's, so all are trusted)
     * @param included whether a relative path is one the walk includes
     * @param maxFiles the most files returned
     * @throws IOException when a folder cannot be walked
     */
    static PersonaFiles.Found find(
            ClassLoader loader, String prefix, List<Walker.Patterns> patterns, Predicate<String> included, int maxFiles)
            throws IOException {
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        List<PersonaFile> found = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        IgnoreRules configured = IgnoreRules.none();
        for (Walker.Patterns p : patterns) {
            if (p.base() == null) {
                configured = configured.with("", p.lines()); // a class path is the caller's: every pattern applies
            }
        }
        for (URL url : Collections.list(loader.getResources(folder))) {
            Path base;
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    base = fs.getPath(folder);
                } else {
                    base = Path.of(uri);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                diagnostics.add(DiagnosticCodes.FILE_UNREADABLE.at(
                        "classpath:" + folder,
                        SourceSpan.FILE,
                        "class-path location " + url + " cannot be listed; skipped"));
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                List<Path> all = walk.sorted().toList();
                Bundles bundles = new Bundles(
                        all.stream().map(p -> Walker.relative(base, p)).toList());
                for (Path p : all) {
                    String rel = Walker.relative(base, p);
                    if (Files.isRegularFile(p)
                            && PersonaFiles.isPersonaFileName(rel)
                            && !bundles.isBundled(rel)
                            && included.test(rel)
                            && configured.decide("/" + rel, false) != 1
                            && found.size() < maxFiles) {
                        found.add(new PersonaFile(p, "classpath:" + folder + rel, Walker.stem(rel), false));
                    }
                }
            }
        }
        return new PersonaFiles.Found(found, diagnostics);
    }
}
