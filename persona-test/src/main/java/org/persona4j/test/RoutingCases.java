package org.persona4j.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs routing sets against the test class's catalog ({@link PersonaCatalogSource}) with its search, before the test:
 * the test fails with the misses and the confusion table when a recall gate is missed, and a
 * {@link org.persona4j.routing.RoutingReport} parameter receives the report for further checks.
 *
 * <pre>{@code
 * @PersonaCatalogSource("personas")
 * class RoutingTest {
 *     @Test
 *     @RoutingCases(value = "src/test/resources/routing.yml", minRecallAt3 = 0.9)
 *     void tasksReachTheRightPersona(RoutingReport report) {
 *         assertTrue(report.paraphrased().recallAt(3) >= 0.8);
 *     }
 * }
 * }</pre>
 *
 * A set that cannot be read, or that names an id the catalog does not hold, fails the test too: unlike
 * {@code persona route-test}, which warns, a test should not pass on tasks it could not have routed. With
 * {@code persona-embeddings} on the test class path the search ranks by meaning as well as by words.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(RoutingExtension.class)
public @interface RoutingCases {

    /** {@return routing set files (YAML), relative to the working directory (the module's, under Maven)} */
    String[] value();

    /** {@return the least recall@1 that passes, from 0 to 1; default 0 (no gate)} */
    double minRecallAt1() default 0;

    /** {@return the least recall@3 that passes, from 0 to 1; default 0 (no gate)} */
    double minRecallAt3() default 0;
}
