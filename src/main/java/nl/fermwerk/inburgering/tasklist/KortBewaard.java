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
 * at a time. A key's first count is queued the same way where a caller can do without the number for now
 * ({@link #alsBekend}: Tasklist's sidebar); where it cannot ({@link #waarde}: a page's total), its first caller makes
 * it, its other first callers waiting for it, and only as many such first counts run at once as
 * {@code eersteTellingen} allows: after a start fifty colleagues' first look asked some fifty counts at once, each
 * holding a database connection. A failed count leaves the previous number, and the next caller after it asks again.
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
        Getal getal = getal(sleutel);
        if (getal.waarde == null) {
            synchronized (getal) {
                if (getal.waarde == null) {
                    getal.zet(alsEersteAanDeBeurt(tel), nanoKlok.getAsLong());
                }
                return getal.waarde;
            }
        }
        return vernieuwdZoNodig(getal, tel);
    }

    /**
     * The number as {@link #waarde} gives it, but without waiting for a first count: that goes into the vernieuwer's
     * queue like an expired one, and until it is made the answer is null.
     */
    Long alsBekend(K sleutel, Supplier<Long> tel) {
        Getal getal = getal(sleutel);
        if (getal.waarde == null) {
            if (getal.bezig.compareAndSet(false, true)) {
                laatTellen(getal, tel);
            }
            return getal.waarde;
        }
        return vernieuwdZoNodig(getal, tel);
    }

    private Getal getal(K sleutel) {
        Getal getal = bewaard.get(sleutel);
        if (getal == null) {
            ruimOp();
            getal = bewaard.computeIfAbsent(sleutel, k -> new Getal());
        }
        return getal;
    }

    private Long vernieuwdZoNodig(Getal getal, Supplier<Long> tel) {
        if (nanoKlok.getAsLong() - getal.geteld >= geldig.toNanos() && getal.bezig.compareAndSet(false, true)) {
            laatTellen(getal, tel);
        }
        return getal.waarde;
    }

    /** Queues a count of this number; {@code bezig} is set by the caller and cleared when it is done or refused. */
    private void laatTellen(Getal getal, Supplier<Long> tel) {
        try {
            vernieuwer.execute(() -> {
                try {
                    getal.zet(tel.get(), nanoKlok.getAsLong());
                } catch (RuntimeException e) {
                    LOG.debug("Telling niet gemaakt, de vorige blijft: {}", e.toString());
                } finally {
                    getal.bezig.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            getal.bezig.set(false);
        }
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
