package org.persona4j.render;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens for prompt budgets. {@link #cl100k()} and {@link #o200k()} count real tokens with jtokkit (the
 * encodings of the GPT-4 and GPT-4o families); {@link #estimate()} guesses from the length and is used only when
 * asked for. Implementations must be thread-safe.
 */
public interface TokenCounter {

    /** The number of tokens in the text. */
    int count(String text);

    /** A name for results and reports, such as {@code cl100k_base}. */
    String name();

    /** The {@code cl100k_base} encoding (GPT-4, GPT-3.5); the default. */
    static TokenCounter cl100k() {
        return Jtokkit.CL100K;
    }

    /** The {@code o200k_base} encoding (GPT-4o and later). */
    static TokenCounter o200k() {
        return Jtokkit.O200K;
    }

    /** About four characters a token: fast, approximate, no tokenizer needed. */
    static TokenCounter estimate() {
        return new TokenCounter() {
            @Override
            public int count(String text) {
                return (int) Math.ceil(text.codePointCount(0, text.length()) / 4.0);
            }

            @Override
            public String name() {
                return "estimate";
            }
        };
    }

    /** jtokkit encodings, loaded once on first use. */
    final class Jtokkit implements TokenCounter {
        private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
        static final Jtokkit CL100K = new Jtokkit(EncodingType.CL100K_BASE);
        static final Jtokkit O200K = new Jtokkit(EncodingType.O200K_BASE);

        private final EncodingType type;

        private Jtokkit(EncodingType type) {
            this.type = type;
        }

        @Override
        public int count(String text) {
            Encoding encoding = REGISTRY.getEncoding(type);
            return encoding.countTokensOrdinary(text);
        }

        @Override
        public String name() {
            return type.getName();
        }
    }
}
