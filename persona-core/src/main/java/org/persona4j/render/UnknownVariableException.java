package org.persona4j.render;

/** A {@code {{name}}} placeholder with no value, when lenient mode is off. The message names it and where it is. */
public final class UnknownVariableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The placeholder without a value. */
    private final String name;
    /** Where the placeholder is, {@code file:line:column}. */
    private final String where;

    /**
     * A placeholder {@code name} at {@code where} ({@code file:line:column}) that has no value.
     *
     * @param name  the placeholder's name
     * @param where where it is ({@code file:line:column})
     */
    public UnknownVariableException(String name, String where) {
        super("no value for variable '" + name + "' at " + where + "; pass it with variable(\"" + name
                + "\", …), write the braces as {{{{ or \\{{ to keep them, or render leniently");
        this.name = name;
        this.where = where;
    }

    /** {@return the placeholder without a value} */
    public String name() {
        return name;
    }

    /** {@return {@code file:line:column} of the placeholder} */
    public String where() {
        return where;
    }
}
