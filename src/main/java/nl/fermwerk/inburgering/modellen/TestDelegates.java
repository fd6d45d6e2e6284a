package nl.fermwerk.inburgering.modellen;

import java.util.Set;

/**
 * Delegates that only the test suite's own models name (a delegate that fails on purpose, a switchable external
 * step). Only src/test defines a bean of this type; the application itself has none, so in production the list of
 * {@link ToegestaneExpressies} is all there is. Not a property on purpose: configuration must not widen what a model
 * may run.
 */
public record TestDelegates(Set<String> namen) {

    public TestDelegates {
        namen = Set.copyOf(namen);
    }
}
