package org.persona4j.render;

/**
 * Thrown by {@link RenderedPrompt#requireFit()} when even the sections a render keeps exceed its token budget.
 */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The tokens the kept sections need. */
    private final int tokens;
    /** The budget, in tokens. */
    private final int budget;

    BudgetExceededException(int tokens, int budget) {
        super("the kept sections need " + tokens + " tokens, " + (tokens - budget) + " more than the budget of "
                + budget + "; raise the budget, or keep fewer section kinds (RenderOptions.keep)");
        this.tokens = tokens;
        this.budget = budget;
    }

    /** {@return the tokens the render needs with every section it may drop left out} */
    public int tokens() {
        return tokens;
    }

    /** {@return the budget it was given} */
    public int budget() {
        return budget;
    }
}
