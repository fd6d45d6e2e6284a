package nl.fermwerk.inburgering.tasklist;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbers kept for a while per key. An expired number is counted anew by the {@code vernieuwer}, one key at a time,
 * while every caller gets the previous number: however many keys expire together, the database makes one such count
 * at a time. A key's first count is made by its first caller, its other first callers waiting for it (there is nothing
 * to show before it), and only as many first counts at once as {@code eersteTellingen} allows: after a start fifty
 * colleagues' first look asked some fifty counts at once, each holding a database connection. A failed count leaves
 * the previous number, and the next caller after it asks again.
 */
final class KortBewaard<K> {

    /** Tasklist's searches make keys of their own: past this many, the expired ones go first. */
    static final int MAXIMAAL = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(KortBewaard.class);

    private final Duration geldig;
    private final LongSupplier nanoKlok;
    private final Executor vernieuwer;
    private final Semaphore eersteTellingen;
    private final Map<K, Getal> bewaard = new ConcurrentHashMap<>();

    KortBewaard(Duration geldig, LongSupplier nanoKlok, Executor vernieuwer, Semaphore eersteTellingen) {
        this.geldig = geldig;
        this.nanoKlok = nanoKlok;
        this.vernieuwer = vernieuwer;
        this.eersteTellingen = eersteTellingen;
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
                    getal.zet(alsEersteAanDeBeurt(tel), nanoKlok.getAsLong());
                }
                return getal.waarde;
            }
        }
        if (nanoKlok.getAsLong() - getal.geteld < geldig.toNanos() || !getal.bezig.compareAndSet(false, true)) {
            return waarde;
        }
        Getal teVernieuwen = getal;
        try {
            vernieuwer.execute(() -> {
                try {
                    teVernieuwen.zet(tel.get(), nanoKlok.getAsLong());
                } catch (RuntimeException e) {
                    LOG.debug("Telling niet vernieuwd, de vorige blijft: {}", e.toString());
                } finally {
                    teVernieuwen.bezig.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            teVernieuwen.bezig.set(false);
        }
        return teVernieuwen.waarde;
    }

    private Long alsEersteAanDeBeurt(Supplier<Long> tel) {
        eersteTellingen.acquireUninterruptibly();
        try {
            return tel.get();
        } finally {
            eersteTellingen.release();
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
