/**
 * What each persona format is, as its vendor's tool reads it: {@link org.persona4j.dialect.DialectSpec} holds a
 * dialect's front-matter keys ({@link org.persona4j.dialect.KeySpec}), how its front matter is read
 * ({@link org.persona4j.dialect.FrontMatterSyntax}), which files belong to it
 * ({@link org.persona4j.dialect.FileRules}), what it applies to ({@link org.persona4j.dialect.Scope}), its tool and
 * model names ({@link org.persona4j.dialect.ToolVocabulary}, {@link org.persona4j.dialect.ModelVocabulary}) and the
 * vendor documentation each fact comes from ({@link org.persona4j.dialect.DocSource}). The reader, the writers, the
 * converter, the linter and the JSON Schemas all read these tables; {@link org.persona4j.Dialect#spec()} gives a
 * dialect's. Every type here is immutable and thread-safe.
 */
package org.persona4j.dialect;
