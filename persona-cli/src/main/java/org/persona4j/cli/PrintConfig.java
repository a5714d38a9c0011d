package org.persona4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;

/**
 * {@code persona lint --print-config FILE}: the configuration that applies to one file, as the lint would use it,
 * so that a user can see why a rule is on or off there (as ESLint's {@code --print-config}).
 */
final class PrintConfig {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PrintConfig() {}

    /**
     * Prints the configuration for a file and returns the exit code.
     *
     * @param file       the file
     * @param given      the configuration {@code --config} names, or {@code null} to find one above the file
     * @param ruleLevels {@code --rule} levels
     * @param profile    {@code --profile}, or {@code null}
     * @param strict     {@code --strict}
     */
    static int print(
            Path file,
            Path given,
            Map<String, String> ruleLevels,
            String profile,
            boolean strict,
            PrintWriter out,
            PrintWriter err) {
        try {
            Optional<Path> source = given != null ? Optional.of(given) : LintConfig.find(file);
            LintConfig config = source.isPresent() ? LintConfig.load(source.get()) : LintConfig.defaults();
            Map<String, Level> levels = new LinkedHashMap<>();
            ruleLevels.forEach((code, level) -> levels.put(code, Level.parse(level)));
            Map<String, Object> settings =
                    new LinkedHashMap<>(config.withLevels(levels).settingsFor(file));
            if (profile != null) {
                settings.put("profile", profile);
            }
            if (strict) {
                settings.put("strict", true);
            }
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("file", file.toString());
            shown.put("configuration", source.map(Path::toString).orElse(null));
            shown.put(
                    "trusted",
                    given != null
                            ? "given with --config: it may lower or switch off every check"
                            : source.isPresent()
                                    ? "found in the tree: it cannot lower or switch off the security checks"
                                    : "none found: the defaults");
            shown.putAll(settings);
            out.print(JSON.writeValueAsString(shown) + "\n");
            out.flush();
            return ExitCodes.OK;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialise", e);
        } catch (IOException | IllegalArgumentException e) {
            err.println("persona: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
    }
}
