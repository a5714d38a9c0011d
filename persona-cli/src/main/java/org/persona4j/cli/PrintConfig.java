package org.persona4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.validation.Level;
import org.persona4j.validation.Linter;

/**
 * {@code persona lint --print-config FILE}: the configuration that applies to one file, as the lint would use it,
 * so that a user can see why a rule is on or off there (as ESLint's {@code --print-config}).
 */
final class PrintConfig {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PrintConfig() {}

    /**
     * Prints the configuration for a file and returns the exit code. The levels and the profile are the linter's, so
     * what is printed is what {@code persona lint FILE} with the same options applies.
     *
     * @param file       the file
     * @param in         the configuration in effect for it, and where it comes from
     * @param linter     the linter built from it and the command line's {@code --rule}, {@code --profile} and
     *                   {@code --strict}
     * @param ruleLevels the levels {@code --rule} gave, to mark those the lint does not apply
     * @param readAs     the dialect {@code --read-as} gave, or {@code null} to detect it as the lint does
     */
    static int print(
            Path file,
            LintCommand.Configuration in,
            Linter linter,
            Map<String, String> ruleLevels,
            Dialect readAs,
            PrintWriter out) {
        Map<String, Object> settings = new LinkedHashMap<>(in.config().settingsFor(file));
        Map<String, Level> applied = linter.levelsFor(file);
        Map<String, String> rules = new TreeMap<>();
        applied.forEach((code, level) -> rules.put(code, name(level)));
        java.util.Set<String> named =
                new java.util.TreeSet<>(in.config().levelsFor(file).keySet());
        named.addAll(ruleLevels.keySet());
        for (String code : named) {
            if (!applied.containsKey(code)) {
                rules.put(code, "not applied: with a configuration found in the tree, no level changes this check");
            }
        }
        settings.put("rules", rules);
        Dialect dialect = readAs != null ? readAs : dialect(file);
        settings.put("profile", linter.profileFor(dialect).name());
        settings.put("strict", linter.strict());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("file", file.toString());
        shown.put("configuration", in.file() == null ? null : in.file().toString());
        shown.put(
                "trusted",
                in.given()
                        ? "given with --config: it may lower or switch off every check"
                        : in.file() != null
                                ? "found in the tree: it cannot lower or switch off the security checks"
                                : "none found: the defaults");
        shown.put("dialect", dialect.name());
        shown.putAll(settings);
        try {
            out.print(JSON.writeValueAsString(shown) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The file's dialect as the lint reads it: from its path and front matter, or its path alone when unreadable. */
    private static Dialect dialect(Path file) {
        try {
            Persona read = PersonaReader.builder().build().read(file).persona();
            if (read != null) {
                return read.dialect();
            }
        } catch (IOException | RuntimeException e) {
            // not there yet, or not readable: its path still tells what it would be
        }
        return Dialect.detect(file.toString(), java.util.List.of());
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
