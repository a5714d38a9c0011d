package org.persona4j.spi;

import java.util.Optional;
import org.persona4j.render.TokenCounter;

/**
 * Supplies real tokenizers by encoding name, found through {@link java.util.ServiceLoader}. {@code persona-tokens}
 * provides {@code cl100k_base} and {@code o200k_base}; without a provider, {@link TokenCounter#standard()} falls
 * back to {@link TokenCounter#estimate()}.
 */
public interface TokenizerProvider {

    /**
     * The counter of an encoding.
     *
     * @param encoding an encoding name such as {@code cl100k_base}
     * @return the counter, or empty when this provider does not know the encoding
     */
    Optional<TokenCounter> counter(String encoding);
}
