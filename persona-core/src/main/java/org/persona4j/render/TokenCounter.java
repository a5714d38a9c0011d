package org.persona4j.render;

import java.util.Optional;
import java.util.ServiceLoader;
import org.persona4j.spi.TokenizerProvider;

/**
 * Counts tokens for prompt budgets. {@link #cl100k()} and {@link #o200k()} count real tokens (the encodings of the
 * GPT-4 and GPT-4o families) with the tokenizer of {@code org.persona4j:persona-tokens}, which an application adds
 * when it needs exact counts; {@link #estimate()} guesses from the length; {@link #standard()}, the default of
 * {@link RenderOptions}, is {@code cl100k_base} when the tokenizer is there and the estimate otherwise.
 * Implementations must be thread-safe.
 */
public interface TokenCounter {

    /** The encoding of {@link #cl100k()}. */
    String CL100K = "cl100k_base";
    /** The encoding of {@link #o200k()}. */
    String O200K = "o200k_base";

    /**
     * The number of tokens in a text.
     *
     * @param text the text
     * @return its tokens
     */
    int count(String text);

    /**
     * A name for results and reports, such as {@code cl100k_base}.
     *
     * @return the name
     */
    String name();

    /**
     * The default counter: {@code cl100k_base} when {@code persona-tokens} is on the class or module path, else
     * {@link #estimate()}.
     *
     * @return the counter
     */
    static TokenCounter standard() {
        return Providers.find(CL100K).orElseGet(TokenCounter::estimate);
    }

    /**
     * The {@code cl100k_base} encoding (GPT-4, GPT-3.5).
     *
     * @return the counter
     * @throws IllegalStateException when {@code persona-tokens} is not on the class or module path
     */
    static TokenCounter cl100k() {
        return Providers.require(CL100K);
    }

    /**
     * The {@code o200k_base} encoding (GPT-4o and later).
     *
     * @return the counter
     * @throws IllegalStateException when {@code persona-tokens} is not on the class or module path
     */
    static TokenCounter o200k() {
        return Providers.require(O200K);
    }

    /**
     * About four characters a token: fast, approximate, no tokenizer needed.
     *
     * @return the counter
     */
    static TokenCounter estimate() {
        return Estimate.INSTANCE;
    }

    /** The estimate: a code-point count divided by four. */
    final class Estimate implements TokenCounter {
        static final Estimate INSTANCE = new Estimate();

        private Estimate() {}

        @Override
        public int count(String text) {
            return (int) Math.ceil(text.codePointCount(0, text.length()) / 4.0);
        }

        @Override
        public String name() {
            return "estimate";
        }
    }

    /** The tokenizer providers of the class and module path, looked up once. */
    final class Providers {
        private static final java.util.List<TokenizerProvider> ALL =
                ServiceLoader.load(TokenizerProvider.class, TokenCounter.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();

        private Providers() {}

        static Optional<TokenCounter> find(String encoding) {
            for (TokenizerProvider p : ALL) {
                Optional<TokenCounter> c = p.counter(encoding);
                if (c.isPresent()) {
                    return c;
                }
            }
            return Optional.empty();
        }

        static TokenCounter require(String encoding) {
            return find(encoding)
                    .orElseThrow(() -> new IllegalStateException("no tokenizer for " + encoding
                            + ": add org.persona4j:persona-tokens to the class or module path, or count with "
                            + "TokenCounter.estimate()"));
        }
    }
}
