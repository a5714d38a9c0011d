package org.persona4j.spring.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.persona4j.Persona;
import org.persona4j.TerminalText;
import org.persona4j.catalog.PersonaCatalog;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;

/**
 * One location of {@code persona4j.locations}, resolved as Spring resolves resource locations: {@code classpath:}
 * and {@code classpath*:} folders, {@code file:} and plain file-system paths, each optionally ending in an Ant-style
 * pattern ({@code classpath*:personas/**}{@code /*.md}). The part before the first pattern segment is the root the
 * catalog reads (and reloads, and watches); the pattern, when there is one, selects files below it with the
 * catalog's one glob implementation.
 *
 * <p>Both class-path prefixes read the folder in every directory and jar of the class path that has it: personas
 * spread over several jars are all found, and {@code classpath:} hides none of them.
 *
 * @param given  the location as configured
 * @param folder the class-path folder, or {@code null} for a file-system location
 * @param path   the file-system directory or file, or {@code null} for a class-path location
 * @param glob   the pattern below the root, or {@code null} for every persona file under it
 */
public record PersonaLocation(String given, String folder, Path path, String glob) {

    private static final String CLASSPATH_ALL = ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX;
    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    /**
     * Resolves configured locations.
     *
     * @param locations the configured locations
     * @param resolver  the application's resolver: its path matcher finds the patterns, its resources the files
     * @return one resolved location per configured one
     * @throws IllegalArgumentException when a location is of a kind the catalog cannot read or reload (such as
     *                                  {@code https:}), naming it and the kinds it can
     */
    public static List<PersonaLocation> resolve(List<String> locations, ResourcePatternResolver resolver) {
        PathMatcher matcher =
                resolver instanceof PathMatchingResourcePatternResolver p ? p.getPathMatcher() : new AntPathMatcher();
        List<PersonaLocation> out = new ArrayList<>();
        for (String raw : locations) {
            String given = raw.strip();
            if (given.startsWith(CLASSPATH_ALL) || given.startsWith(CLASSPATH)) {
                String rest =
                        given.substring(given.startsWith(CLASSPATH_ALL) ? CLASSPATH_ALL.length() : CLASSPATH.length());
                String[] split = split(rest, matcher);
                // The catalog takes the folder without its slashes; the same form names its personas' labels.
                out.add(new PersonaLocation(given, split[0].replaceAll("^/+|/+$", ""), null, split[1]));
            } else if (given.startsWith(FILE) || !hasScheme(given)) {
                String rest = given.startsWith(FILE) ? given.substring(FILE.length()) : given;
                String[] split = split(rest, matcher);
                Path root;
                if (given.startsWith(FILE)) {
                    try {
                        Resource resource = resolver.getResource(FILE + split[0]);
                        root = resource.getFile().toPath();
                    } catch (IOException e) {
                        throw new IllegalArgumentException(
                                "persona4j.locations: '" + TerminalText.escape(given) + "' names no file-system path ("
                                        + e.getMessage() + ")",
                                e);
                    }
                } else {
                    root = Path.of(split[0].isEmpty() ? "." : split[0]);
                }
                out.add(new PersonaLocation(given, null, root, split[1]));
            } else {
                throw new IllegalArgumentException("persona4j.locations: '" + TerminalText.escape(given)
                        + "' is not a location personas are read from; use classpath:DIR/, classpath*:DIR/, "
                        + "file:DIR or a directory, each optionally ending in a pattern such as **/*.md");
            }
        }
        return List.copyOf(out);
    }

    /** Adds this location to a catalog as a root. */
    public void addTo(PersonaCatalog.Builder builder) {
        if (folder != null) {
            if (glob == null) {
                builder.classpath(folder);
            } else {
                builder.classpath(folder, glob);
            }
        } else if (glob == null && Files.isRegularFile(path)) {
            builder.file(path);
        } else if (glob == null) {
            builder.directory(path);
        } else {
            builder.directory(path, glob);
        }
    }

    /** {@return the directory to watch for changes, for a file-system location that is a directory} */
    public Optional<Path> watched() {
        return folder == null && Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    /** {@return the file-system directory or file this location reads, for a file-system location} */
    public Optional<Path> fileSystemRoot() {
        return Optional.ofNullable(path);
    }

    /**
     * {@return whether a persona of the catalog was read from this location}
     *
     * @param persona a persona of the catalog
     */
    public boolean holds(Persona persona) {
        if (folder != null) {
            return persona.source().label().startsWith(CLASSPATH + (folder.isEmpty() ? "/" : folder + "/"));
        }
        Path root = path.toAbsolutePath().normalize();
        return persona.source()
                .file()
                .map(f -> f.toAbsolutePath().normalize().startsWith(root))
                .orElse(false);
    }

    /** The part of a path before its first pattern segment, and the rest (or {@code null} with no pattern). */
    private static String[] split(String path, PathMatcher matcher) {
        String[] segments = path.split("/", -1);
        StringBuilder root = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (matcher.isPattern(segments[i])) {
                String rest = String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
                return new String[] {root.toString(), rest};
            }
            root.append(segments[i]);
            if (i < segments.length - 1) {
                root.append('/');
            }
        }
        return new String[] {path, null};
    }

    /** Whether a location starts with a URL scheme (two letters or more: {@code C:} is a Windows drive). */
    private static boolean hasScheme(String location) {
        int colon = location.indexOf(':');
        if (colon < 2) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = Character.toLowerCase(location.charAt(i));
            boolean ok = c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
