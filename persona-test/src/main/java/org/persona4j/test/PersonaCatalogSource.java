package org.persona4j.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a {@link org.persona4j.catalog.PersonaCatalog}: declare a parameter of that type in a test
 * method, a lifecycle method or the constructor. The catalog is loaded once per test class.
 *
 * <pre>{@code
 * @PersonaCatalogSource("personas")
 * class ReviewerPromptTest {
 *     @Test
 *     void keepsItsConstraints(PersonaCatalog catalog) { … }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PersonaExtension.class)
public @interface PersonaCatalogSource {

    /** {@return class-path folders to load, such as {@code personas} for {@code src/main/resources/personas}} */
    String[] value() default {"personas"};

    /**
     * {@return file-system directories to load as well, relative to the working directory (the module's, under Maven)}
     */
    String[] directories() default {};

    /**
     * {@return whether a file that fails to load (an error-level finding that leaves no persona) fails the tests that
     * ask for the catalog; default {@code true}}
     */
    boolean failOnErrors() default true;
}
