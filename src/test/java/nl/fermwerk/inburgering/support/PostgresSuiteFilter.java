package nl.fermwerk.inburgering.support;

import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * The PostgreSQL suite ({@code -Dinburgering.test.db=postgres}) runs only the tests that can reach PostgreSQL: every
 * test with a Spring test context (the application's database is PostgreSQL there) and every test tagged
 * {@code postgres} (which connects itself). A test with neither opens no connection to it: it would only repeat its
 * H2-suite run, so it runs there once. The H2 suite ({@code mvn -B test}) keeps every test.
 *
 * <p>Found by what a test uses, not by its name: a new test class with a Spring context is in both suites without
 * anyone listing it. Registered through {@code META-INF/services}; the launcher applies it to every test it found.
 */
public class PostgresSuiteFilter implements PostDiscoveryFilter {

    private static final TestTag POSTGRES = TestTag.create("postgres");

    @Override
    public FilterResult apply(TestDescriptor test) {
        if (!TestProfielen.opPostgres()) {
            return FilterResult.included("H2-suite: elke test");
        }
        Optional<Class<?>> klasse = testklasse(test);
        if (klasse.isEmpty() || test.getTags().contains(POSTGRES) || heeftSpringContext(klasse.get())) {
            return FilterResult.included("kan PostgreSQL bereiken");
        }
        return FilterResult.excluded("geen Spring-context en geen tag postgres: draait alleen in de H2-suite");
    }

    private static Optional<Class<?>> testklasse(TestDescriptor test) {
        return test.getSource().flatMap(bron -> {
            if (bron instanceof ClassSource klasse) {
                return Optional.of(klasse.getJavaClass());
            }
            if (bron instanceof MethodSource methode) {
                return Optional.of(methode.getJavaClass());
            }
            return Optional.empty();
        });
    }

    /** A Spring test context on the class, a superclass or (for a nested class) an enclosing class. */
    static boolean heeftSpringContext(Class<?> klasse) {
        for (Class<?> k = klasse; k != null; k = k.getEnclosingClass()) {
            MergedAnnotations annotaties = MergedAnnotations.from(k, SearchStrategy.TYPE_HIERARCHY);
            if (annotaties.isPresent(BootstrapWith.class) || annotaties.isPresent(ContextConfiguration.class)) {
                return true;
            }
        }
        return false;
    }
}
