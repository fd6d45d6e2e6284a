package nl.fermwerk.inburgering.tasklist;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Numbers kept for a while per key. An expired number is counted anew by one caller while the others get the previous
 * number, so a slow count is paid once per key and period, never by every caller at once; a key's first count is made
 * once, its other first callers waiting for it (there is nothing to show before it). A failed count leaves the previous
 * number, and the next caller tries again.
 */
final class KortBewaard<K> {

    /** Tasklist's searches make keys of their own: past this many, the expired ones go first. */
    static final int MAXIMAAL = 10_000;

    private final Duration geldig;
    private final LongSupplier nanoKlok;
    private final Map<K, Getal> bewaard = new ConcurrentHashMap<>();

    KortBewaard(Duration geldig, LongSupplier nanoKlok) {
        this.geldig = geldig;
        this.nanoKlok = nanoKlok;
    }

    Long waarde(K sleutel, Supplier<Long> tel) {
        Getal getal = bewaard.get(sleutel);
        if (getal == null) {
            ruimOp();
            getal = bewaard.computeIfAbsent(sleutel, k -> new Getal());
        }
        Long waarde = getal.waarde;
        if (waarde == null) {
            synchronized (getal) {
                if (getal.waarde == null) {
                    getal.zet(tel.get(), nanoKlok.getAsLong());
                }
                return getal.waarde;
            }
        }
        if (nanoKlok.getAsLong() - getal.geteld < geldig.toNanos() || !getal.bezig.compareAndSet(false, true)) {
            return waarde;
        }
        try {
            Long nieuw = tel.get();
            getal.zet(nieuw, nanoKlok.getAsLong());
            return nieuw;
        } finally {
            getal.bezig.set(false);
        }
    }

    void vergeet(Predicate<K> welke) {
        bewaard.keySet().removeIf(welke);
    }

    int aantal() {
        return bewaard.size();
    }

    private void ruimOp() {
        if (bewaard.size() >= MAXIMAAL) {
            long nu = nanoKlok.getAsLong();
            bewaard.values().removeIf(g -> g.waarde != null && nu - g.geteld >= geldig.toNanos());
        }
    }

    private static final class Getal {
        volatile Long waarde;
        volatile long geteld;
        final AtomicBoolean bezig = new AtomicBoolean();

        void zet(Long nieuw, long op) {
            geteld = op;
            waarde = nieuw;
        }
    }
}
