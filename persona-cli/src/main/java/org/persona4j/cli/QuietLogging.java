package org.persona4j.cli;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The MCP SDK and the optional modules on {@code PERSONA_CLASSPATH} (the embedding model) log through SLF4J, which
 * without a binding warns on standard error at their first use. With no binding on the class path and none chosen
 * with {@code -Dslf4j.provider}, the command chooses SLF4J's own no-operation provider, and SLF4J's note that it was
 * chosen is kept quiet; a binding the user adds still logs.
 */
final class QuietLogging {

    /** SLF4J's provider that drops every message (in slf4j-api itself). */
    static final String NO_OPERATION = "org.slf4j.helpers.NOP_FallbackServiceProvider";

    private QuietLogging() {}

    /** Chooses the no-operation provider unless a binding is on the class path or one was chosen. */
    static void unlessBound() {
        String provider = providerFor(System.getProperty("slf4j.provider"), QuietLogging.class.getClassLoader());
        if (provider == null) {
            return;
        }
        System.setProperty("slf4j.provider", provider);
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    /**
     * The provider to choose, or {@code null} to leave SLF4J's own choice: {@code null} when one was chosen already
     * ({@code chosen}) or when {@code loader} finds a binding, and the no-operation provider otherwise.
     */
    static String providerFor(String chosen, ClassLoader loader) {
        if (chosen != null) {
            return null;
        }
        try {
            if (ServiceLoader.load(SLF4JServiceProvider.class, loader).stream()
                    .findAny()
                    .isPresent()) {
                return null;
            }
        } catch (ServiceConfigurationError e) {
            return null; // a broken binding: SLF4J says so itself, which is more use than silence
        }
        return NO_OPERATION;
    }
}
