/**
 * Structural diffs of personas: {@link org.persona4j.diff.PersonaDiff} between two versions, its
 * {@link org.persona4j.diff.Change}s, and {@link org.persona4j.diff.DiffGate}s that turn some changes into a failed
 * build.
 */
package org.persona4j.diff;
