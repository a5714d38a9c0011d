package org.persona4j.internal.catalog;

import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.persona4j.catalog.SearchHit;
import org.persona4j.dialect.KeyRole;
import org.persona4j.spi.EmbeddingProvider;

/**
 * The indexes of one catalog snapshot, each built at its first use and then kept: terms of keywords, agent modes and
 * capabilities for facet queries, BM25 for text, the groups of copies, and, with an embedding model, the vectors. A
 * snapshot that is never searched builds none. Thread-safe.
 */
public final class Indexes {

    private final List<CatalogEntry> latest;
    private final EmbeddingProvider embeddings;
    private final DenseIndex.Vectors vectors;

    private final Lazy<TermIndex> keywords;
    private final Lazy<TermIndex> agentModes;
    private final Lazy<TermIndex> capabilities;
    private final Lazy<SearchIndex> search;
    private final Lazy<DenseIndex> dense;
    private final Lazy<Twins> twins;

    /**
     * @param latest     the snapshot's personas, the latest version of each, in its order
     * @param embeddings the model to rank by meaning with, or {@code null} for words only
     * @param vectors    the vectors the snapshots of one catalog share
     */
    public Indexes(List<CatalogEntry> latest, EmbeddingProvider embeddings, DenseIndex.Vectors vectors) {
        this.latest = latest;
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.keywords =
                new Lazy<>(() -> TermIndex.build(latest, p -> p.metadata().keywords()));
        this.agentModes = new Lazy<>(() -> TermIndex.build(
                latest, p -> p.metadata().text(KeyRole.MODE).map(List::of).orElse(List.of())));
        this.capabilities = new Lazy<>(() -> {
            latest.parallelStream().forEach(CatalogEntry::persona); // capabilities are in the body: parse them all
            return TermIndex.build(
                    latest,
                    p -> p.persona().capabilities().stream()
                            .flatMap(g -> Stream.concat(Stream.of(g.category()), g.items().stream()))
                            .toList());
        });
        this.search = new Lazy<>(() -> new SearchIndex(latest));
        this.dense = new Lazy<>(() -> new DenseIndex(latest, embeddings, vectors));
        this.twins = new Lazy<>(() -> new Twins(latest));
    }

    /**
     * The personas among {@code allowed} best for a text: by shared words, and by meaning too with an embedding
     * model, each group of copies once.
     *
     * @param text    the text
     * @param limit   the most hits
     * @param allowed the personas that may be returned, or {@code null} for all
     * @return the hits, best first
     */
    public List<SearchHit> rank(String text, int limit, BitSet allowed) {
        if (embeddings != null && !modelFailed) {
            try {
                return HybridSearch.search(search.get(), dense.get(), text, limit, allowed, twins.get());
            } catch (RuntimeException | LinkageError e) {
                // A model that cannot run here (ONNX Runtime without its native library, a provider's own failure)
                // leaves the search by words, for this snapshot, rather than no search at all.
                modelFailed = true;
                modelFailure = e;
            }
        }
        return search.get().search(text, limit, allowed, twins.get());
    }

    /** {@return why the embedding model could not rank this snapshot's queries, if it failed} */
    public java.util.Optional<Throwable> modelFailure() {
        return java.util.Optional.ofNullable(modelFailure);
    }

    private volatile boolean modelFailed;
    private volatile Throwable modelFailure;

    /** {@return the keywords' terms} */
    public TermIndex keywords() {
        return keywords.get();
    }

    /** {@return the agent modes' terms} */
    public TermIndex agentModes() {
        return agentModes.get();
    }

    /** {@return the capabilities' terms; the first call parses every body} */
    public TermIndex capabilities() {
        return capabilities.get();
    }

    /** A value made once, at the first {@link #get}, by one thread while others wait. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
