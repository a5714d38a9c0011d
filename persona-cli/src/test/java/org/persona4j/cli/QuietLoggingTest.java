package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.spi.SLF4JServiceProvider;

class QuietLoggingTest {

    /** A name SLF4J cannot load makes it print a stack trace on every run that logs, the opposite of quiet. */
    @Test
    void theProviderChosenWhenNothingIsBoundIsOneSlf4jCanLoad() throws Exception {
        Class<?> provider = Class.forName(QuietLogging.NO_OPERATION);
        assertTrue(SLF4JServiceProvider.class.isAssignableFrom(provider), provider.getName());
        assertTrue(provider.getConstructor().newInstance() instanceof SLF4JServiceProvider);
    }

    @Test
    void withNoBindingOnTheClassPathTheNoOperationProviderIsChosen() throws IOException {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertEquals(QuietLogging.NO_OPERATION, QuietLogging.providerFor(null, bare));
        }
    }

    @Test
    void aBindingTheUserAddsIsLeftToLog(@TempDir Path dir) throws IOException {
        try (URLClassLoader bound = withServiceFile(dir, QuietLogging.NO_OPERATION)) {
            assertNull(QuietLogging.providerFor(null, bound));
        }
    }

    @Test
    void aProviderChosenWithTheSystemPropertyIsKept() throws IOException {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertNull(QuietLogging.providerFor("org.example.MyProvider", bare));
        }
    }

    @Test
    void aBrokenBindingIsLeftForSlf4jToReport(@TempDir Path dir) throws IOException {
        try (URLClassLoader broken = withServiceFile(dir, "org.example.NoSuchProvider")) {
            assertNull(QuietLogging.providerFor(null, broken));
        }
    }

    /** A class loader that sees the test's classes and a service file naming {@code provider} as a binding. */
    private static URLClassLoader withServiceFile(Path dir, String provider) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(SLF4JServiceProvider.class.getName()), provider + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, QuietLoggingTest.class.getClassLoader());
    }
}
