package org.persona4j.internal.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.model.PersonaBody;
import org.persona4j.spi.PersonaHead;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.SourceInput;

/** A parser for tests of the catalog's internals: bodies are empty, and it counts the bodies it parsed. */
final class StubParser implements PersonaParser {

    final AtomicInteger bodies = new AtomicInteger();

    @Override
    public boolean supports(String fileName) {
        return true;
    }

    @Override
    public ReadResult read(SourceInput input, ReadOptions options) {
        throw new UnsupportedOperationException("entries are read by head");
    }

    @Override
    public PersonaHead readHead(SourceInput input, ReadOptions options) {
        throw new UnsupportedOperationException("heads are made by entry()");
    }

    @Override
    public PersonaBody readBody(PersonaHead head, String markdown, ReadOptions options) {
        bodies.incrementAndGet();
        return PersonaBody.EMPTY;
    }

    /** An entry with this metadata and body text, parsed by this parser when asked. */
    CatalogEntry entry(String id, PersonaMetadata metadata, String body) {
        PersonaHead head = new PersonaHead(
                id,
                org.persona4j.Dialect.AI_LEY,
                metadata,
                new PersonaSource(id + ".md", null, "00"),
                List.of(),
                1,
                -1,
                body,
                true);
        return CatalogEntry.lazy(head, new byte[0], this, ReadOptions.defaults());
    }
}
