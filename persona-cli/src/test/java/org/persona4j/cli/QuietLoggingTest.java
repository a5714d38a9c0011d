package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

class QuietLoggingTest {

    /** A name SLF4J cannot load makes it print a stack trace on every run that logs, the opposite of quiet. */
    @Test
    void theProviderChosenWhenNothingIsBoundIsOneSlf4jCanLoad() throws Exception {
        Class<?> provider = Class.forName(QuietLogging.NO_OPERATION);
        assertTrue(SLF4JServiceProvider.class.isAssignableFrom(provider), provider.getName());
        assertTrue(provider.getConstructor().newInstance() instanceof SLF4JServiceProvider);
    }
}
