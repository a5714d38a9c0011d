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

    /** The variable. */
    public String name() {
        return name;
    }

    /** {@code file:line} of its declaration. */
    public String declaredAt() {
        return declaredAt;
    }

    /** For the renderer: a value that does not fit, or a missing required one. */
    public static InvalidVariableException of(String name, String problem, String declaredAt) {
        return new InvalidVariableException(name, problem, declaredAt);
    }
}
