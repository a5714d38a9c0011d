/**
 * Reading and writing personas: {@link org.persona4j.Personas} is the entry point, {@link org.persona4j.Persona}
 * the result, {@link org.persona4j.Diagnostic} what was found on the way, {@link org.persona4j.ReadOptions} the
 * limits. Every type here is immutable and thread-safe.
 */
package org.persona4j;
