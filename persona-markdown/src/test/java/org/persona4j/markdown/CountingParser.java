package org.persona4j.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.markdown.internal.MarkdownPersonaParser;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;

/**
 * The Markdown parser with counters, for tests that observe what was read and parsed: whole reads and heads per
 * input label, and bodies parsed.
 */
public final class CountingParser implements PersonaParser {

    private final PersonaParser delegate = new MarkdownPersonaParser();
    /** Whole reads plus heads, per label: how often each input was read. */
    public final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    /** Bodies parsed, whole reads included. */
    public final AtomicInteger bodies = new AtomicInteger();

    @Override
    public boolean supports(String fileName) {
        return delegate.supports(fileName);
    }

    @Override
    public ReadResult read(SourceInput input, ReadOptions options) {
        reads.computeIfAbsent(input.label(), k -> new AtomicInteger()).incrementAndGet();
        bodies.incrementAndGet();
        return delegate.read(input, options);
    }

    @Override
    public PersonaHead readHead(SourceInput input, ReadOptions options) {
        reads.computeIfAbsent(input.label(), k -> new AtomicInteger()).incrementAndGet();
        return delegate.readHead(input, options);
    }

    @Override
    public PersonaBody readBody(PersonaHead head, String markdown, ReadOptions options) {
        bodies.incrementAndGet();
        return delegate.readBody(head, markdown, options);
    }

    /** How many times the input with this label was read. */
    public int readsOf(String label) {
        AtomicInteger n = reads.get(label);
        return n == null ? 0 : n.get();
    }
}
