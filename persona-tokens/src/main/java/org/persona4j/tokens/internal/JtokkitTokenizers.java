package org.persona4j.tokens.internal;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Optional;
import org.persona4j.render.TokenCounter;
import org.persona4j.spi.TokenizerProvider;

/** jtokkit's encodings as token counters; the registry loads an encoding on its first use, once. */
public final class JtokkitTokenizers implements TokenizerProvider {

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    /** The provider, as {@link java.util.ServiceLoader} makes it. */
    public JtokkitTokenizers() {}

    @Override
    public Optional<TokenCounter> counter(String encoding) {
        return EncodingType.fromName(encoding).map(Counter::new);
    }

    /** One encoding. */
    private record Counter(EncodingType type) implements TokenCounter {
        @Override
        public int count(String text) {
            return REGISTRY.getEncoding(type).countTokensOrdinary(text);
        }

        @Override
        public String name() {
            return type.getName();
        }
    }
}
