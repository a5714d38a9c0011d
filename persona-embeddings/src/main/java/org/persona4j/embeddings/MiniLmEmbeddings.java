package org.persona4j.embeddings;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.persona4j.spi.EmbeddingProvider;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantised), run in process by ONNX Runtime from the model file inside
 * LangChain4j's Maven artifact: nothing is downloaded, and a text never leaves the process. Found by
 * {@link java.util.ServiceLoader}, so a catalog built with this module on the class path ranks text queries by
 * meaning as well as by words. The model loads at the first embedding (about half a second); then a persona takes a
 * few milliseconds. Thread-safe.
 */
public final class MiniLmEmbeddings implements EmbeddingProvider {

    /** The model's name in a catalog's vector store. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    private volatile EmbeddingModel model;

    /** Loads nothing yet: the model loads at the first embedding. */
    public MiniLmEmbeddings() {}

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            Objects.requireNonNull(t, "text");
            // The model reads a blank text as nothing at all: a space keeps one vector per text.
            segments.add(TextSegment.from(t.isBlank() ? " " : t));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        if (segments.size() == 1) {
            out.add(loaded().embed(segments.get(0)).content().vector());
            return out;
        }
        loaded().embedAll(segments).content().forEach(e -> out.add(e.vector()));
        return out;
    }

    private EmbeddingModel loaded() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }
}
