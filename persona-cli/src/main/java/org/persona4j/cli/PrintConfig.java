package org.persona4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
     * @param file   the file
     * @param in     the configuration in effect for it, and where it comes from
     * @param linter the linter built from it and the command line's {@code --rule}, {@code --profile} and
     *               {@code --strict}
     */
    static int print(Path file, LintCommand.Configuration in, Linter linter, PrintWriter out) {
        Map<String, Object> settings = new LinkedHashMap<>(in.config().settingsFor(file));
        Map<String, Level> applied = linter.levelsFor(file);
        Map<String, String> rules = new TreeMap<>();
        applied.forEach((code, level) -> rules.put(code, name(level)));
        in.config().levelsFor(file).forEach((code, level) -> {
            if (!applied.containsKey(code)) {
                rules.put(code, "not applied: a configuration found in the tree cannot change this check");
            }
        });
        settings.put("rules", rules);
        settings.put("profile", linter.profile().name());
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
        shown.putAll(settings);
        try {
            out.print(JSON.writeValueAsString(shown) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
