package nl.fermwerk.inburgering.basis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The answers of one deployed version of a decision table, per question. A version never changes, so an answer is
 * evaluated once (with the engine's decision history) and then remembered; a question to a newer version forgets the
 * older version's answers. Two threads that see different versions at once only make the other start over: an answer
 * is always kept under the version it was evaluated on.
 *
 * @param <T> the answer, immutable
 */
public final class AntwoordenPerVersie<T> {

    private final AtomicReference<Map.Entry<String, Map<String, T>>> antwoorden =
            new AtomicReference<>(Map.entry("", new ConcurrentHashMap<>()));

    /** The answer of version {@code versie} to {@code vraag}: remembered, or evaluated now by {@code evalueer}. */
    public T van(String versie, String vraag, Supplier<T> evalueer) {
        Map.Entry<String, Map<String, T>> huidig = antwoorden.get();
        if (!huidig.getKey().equals(versie)) {
            huidig = Map.entry(versie, new ConcurrentHashMap<>());
            antwoorden.set(huidig);
        }
        return huidig.getValue().computeIfAbsent(vraag, v -> evalueer.get());
    }
}
