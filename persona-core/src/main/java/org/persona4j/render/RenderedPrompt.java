package org.persona4j.render;

import java.util.List;
import java.util.Objects;

/**
 * A rendered persona.
 *
 * @param text        the output in the requested format (for JSON shapes, the JSON document)
 * @param systemText  the system prompt itself (equal to {@code text} for text and Markdown)
 * @param format      the format
 * @param tokens      tokens in {@code systemText}, by {@code tokenizer}
 * @param tokenizer   the counter's name
 * @param fingerprint SHA-256 of {@code text} in UTF-8, lower-case hex; the same input always gives the same one
 * @param provenance  for each stretch of {@code systemText}, where it came from
 * @param dropped     the sections dropped to meet the budget, in the order dropped
 * @param fits        whether {@code tokens} is within the budget (always, without one)
 * @param budget      the budget, in tokens; 0 for none
 */
public record RenderedPrompt(
        String text,
        String systemText,
        RenderFormat format,
        int tokens,
        String tokenizer,
        String fingerprint,
        List<Provenance> provenance,
        List<DroppedSection> dropped,
        boolean fits,
        int budget) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param text        the output in the requested format (for JSON shapes, the JSON document)
     * @param systemText  the system prompt itself (equal to {@code text} for text and Markdown)
     * @param format      the format
     * @param tokens      tokens in {@code systemText}, by {@code tokenizer}
     * @param tokenizer   the counter's name
     * @param fingerprint SHA-256 of {@code text} in UTF-8, lower-case hex; the same input always gives the same one
     * @param provenance  for each stretch of {@code systemText}, where it came from
     * @param dropped     the sections dropped to meet the budget, in the order dropped
     * @param fits        whether {@code tokens} is within the budget (always, without one)
     * @param budget      the budget, in tokens; 0 for none
     */
    public RenderedPrompt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(systemText, "systemText");
        provenance = List.copyOf(provenance);
        dropped = List.copyOf(dropped);
    }

    /**
     * {@return this prompt, when it fits its budget}
     *
     * @throws BudgetExceededException when even the sections the render keeps exceed the budget, saying by how much
     */
    public RenderedPrompt requireFit() {
        if (!fits) {
            throw new BudgetExceededException(tokens, budget);
        }
        return this;
    }

    /**
     * {@return the provenance of the text at an offset of {@code systemText}}
     *
     * @param offset a char offset into {@code systemText}
     */
    public java.util.Optional<Provenance> provenanceAt(int offset) {
        return provenance.stream()
                .filter(p -> p.start() <= offset && offset < p.end())
                .findFirst();
    }
}
