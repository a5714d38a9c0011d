package org.persona4j.markdown.internal;

import com.vladsch.flexmark.parser.Parser;

/**
 * flexmark's bare parse, with no budget and no model, for the benchmark that measures what reading adds on top of
 * it. Here so that flexmark stays imported by this module only.
 */
public final class FlexmarkBaseline {

    private static final Parser PARSER = Parser.builder().build();

    private FlexmarkBaseline() {}

    /** Parses the text and returns flexmark's document, for the benchmark to consume. */
    public static Object parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
