package org.persona4j.validation.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;

/**
 * What a configuration found inside the linted tree may not do (docs/SECURITY.md, "Lint bypass"): whoever wrote the
 * files may have written it too, so it cannot lower the hidden-text errors, and files cannot switch them off with
 * their own directives either.
 */
public final class ConfigTrust {

    /** The codes nothing inside the linted tree can lower or switch off. */
    public static final Set<String> PROTECTED =
            Set.of("text.bidi-control", "text.tag-character", "text.control-character");
    /** A configuration inside the linted tree tried to ignore every file; its patterns were not applied. */
    public static final String REFUSED = "lint.config-refused";

    private ConfigTrust() {}

    /**
     * {@code true} when the configuration file's folder is strictly above every linted path as it was given (a
     * directory, or the folder of a file): the configuration is then outside the tree being linted.
     */
    public static boolean isAbove(Path configFile, Collection<Path> linted) {
        Path folder = configFile.toAbsolutePath().normalize().getParent();
        if (folder == null || linted.isEmpty()) {
            return false;
        }
        for (Path p : linted) {
            Path abs = p.toAbsolutePath().normalize();
            Path root = java.nio.file.Files.isDirectory(abs) ? abs : abs.getParent();
            if (root == null || root.equals(folder) || !root.startsWith(folder)) {
                return false;
            }
        }
        return true;
    }

    /** The finding that says an untrusted configuration's ignore patterns were not applied. */
    public static Diagnostic refusedIgnore(Path configFile, int files) {
        return new Diagnostic(
                Severity.WARNING,
                REFUSED,
                "this configuration is inside the linted tree and its "
                        + "'ignore' patterns would leave none of the " + files
                        + " persona files to lint, so they were not "
                        + "applied; pass the configuration with --config to trust it",
                configFile.toString(),
                SourceSpan.FILE);
    }
}
