package org.persona4j.spi;

import java.util.List;

/**
 * Turns texts into dense vectors, found through {@link java.util.ServiceLoader}: with one on the class path, a
 * catalog's text search ranks by meaning as well as by shared words (see
 * {@link org.persona4j.catalog.PersonaQuery#text}). {@code persona-embeddings} provides one that runs a small sentence
 * model in process; without a provider, search is by words alone.
 *
 * <p>Implementations must be thread-safe and must not reach the network: a catalog calls them while it answers.
 */
public interface EmbeddingProvider {

    /**
     * {@return the model's name, such as {@code all-minilm-l6-v2-q}} A catalog keeps vectors by this name and each
     * text's hash, so two providers must not share a name unless their vectors are the same.
     */
    String model();

    /**
     * Embeds texts.
     *
     * @param texts the texts, each at most a few thousand characters
     * @return one vector per text, in order, all of the same length
     */
    List<float[]> embed(List<String> texts);
}
