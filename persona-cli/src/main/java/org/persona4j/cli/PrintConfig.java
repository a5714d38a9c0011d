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
import java.util.Optional;
import java.util.TreeMap;
import org.persona4j.validation.Level;
import org.persona4j.validation.LintConfig;
import org.persona4j.validation.Linter;

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
     * @param configBase {@code --config-base}, or {@code null}
     * @param ruleLevels {@code --rule} levels
     * @param profile    {@code --profile}, or {@code null}
     * @param strict     {@code --strict}
     */
    static int print(
            Path file,
            Path given,
            Path configBase,
            Map<String, String> ruleLevels,
            String profile,
            boolean strict,
            PrintWriter out,
            PrintWriter err) {
        try {
            // As persona lint FILE finds it: --config, else the nearest configuration above the file.
            Optional<Path> source = given != null ? Optional.of(given) : LintConfig.find(file);
            LintConfig config = given != null
                    ? (configBase != null
                            ? LintConfig.load(given)
                                    .withBase(configBase.toAbsolutePath().normalize())
                            : LintConfig.load(given))
                    : source.isPresent() ? LintConfig.loadFound(source.get()) : LintConfig.defaults();
            boolean trusted = given != null || source.isEmpty();
            Map<String, Object> settings = new LinkedHashMap<>(config.settingsFor(file));
            // Levels as the lint applies them: the configuration's, its overrides for the file, then --rule.
            Map<String, String> rules = new TreeMap<>();
            config.levelsFor(file).forEach((code, level) -> rules.put(code, name(level)));
            ruleLevels.forEach((code, level) -> rules.put(code, name(Level.parse(level))));
            if (!trusted) {
                for (String code : Linter.SECURITY_CODES) {
                    if (rules.containsKey(code)) {
                        rules.put(code, "not applied: a configuration found in the tree cannot change this check");
                    }
                }
            }
            settings.put("rules", rules);
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
            err.println("persona: " + org.persona4j.TerminalText.escape(String.valueOf(e.getMessage())));
            return ExitCodes.USAGE_OR_IO;
        }
    }

    private static String name(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
