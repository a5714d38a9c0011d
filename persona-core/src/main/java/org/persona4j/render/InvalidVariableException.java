package org.persona4j.render;

/**
 * Thrown by a render when a value does not fit the variable's declaration, or a required variable has none: names
 * the variable, what was expected and where it is declared.
 */
public final class InvalidVariableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The variable. */
    private final String name;
    /** The declaration's {@code file:line}. */
    private final String declaredAt;

    InvalidVariableException(String name, String problem, String declaredAt) {
        super("variable '" + name + "' " + problem + " (declared at " + declaredAt + ")");
        this.name = name;
        this.declaredAt = declaredAt;
    }

    /** {@return the variable} */
    public String name() {
        return name;
    }

    /** {@return {@code file:line} of its declaration} */
    public String declaredAt() {
        return declaredAt;
    }

    /**
     * {@return the exception for a value that does not fit its declaration, or a missing required one} For
     * the renderer.
     *
     * @param name       the placeholder's name
     * @param problem    what is wrong with the value
     * @param declaredAt where it is declared ({@code file:line:column})
     */
    public static InvalidVariableException of(String name, String problem, String declaredAt) {
        return new InvalidVariableException(name, problem, declaredAt);
    }
}
