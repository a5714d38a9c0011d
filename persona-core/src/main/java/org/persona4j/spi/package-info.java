/**
 * For modules that add a persona format: implement {@link org.persona4j.spi.PersonaParser} or
 * {@link org.persona4j.spi.PersonaWriter} and register it with {@code provides} in {@code module-info.java} and in
 * {@code META-INF/services} for the class path.
 */
package org.persona4j.spi;
