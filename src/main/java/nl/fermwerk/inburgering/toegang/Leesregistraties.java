package nl.fermwerk.inburgering.toegang;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The access-log rows of the engine REST reads ({@link TaakleesRegistratie}), written in batches so that Tasklist,
 * which reads tasks all day, does not wait for an insert per page: the rows wait in a bounded queue and a background
 * thread writes them in one batch insert every {@link #INTERVAL} or as soon as {@link #BATCH} are waiting, and once
 * more when the application stops.
 *
 * <p>No row is dropped silently: when the queue is full the reading request waits for room, and fails (503) if none
 * comes; a failed insert keeps its rows and is tried again. What a crash (power loss, {@code kill -9}) can lose is
 * what was waiting: at most the reads of the last second or so, never more than the queue holds. Reads through our
 * own API keep their synchronous row, written before the data leaves ({@link Toegangslog}).
 */
@Component
public class Leesregistraties implements SmartLifecycle {

    static final int BATCH = 500;
    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final int CAPACITEIT = 20_000;
    /** How long a request waits for room in a full queue before it fails rather than go unlogged. */
    static final Duration GEDULD = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Leesregistraties.class);

    private final Toegangslog log;
    private final BlockingQueue<Toegangslog.Invoer> wachtrij = new ArrayBlockingQueue<>(CAPACITEIT);
    private final ReentrantLock schrijven = new ReentrantLock();
    /** Rows taken from the queue whose insert failed: written first next time. */
    private final List<Toegangslog.Invoer> onderweg = new ArrayList<>();
    private volatile Thread werker;
    private volatile boolean actief;

    public Leesregistraties(Toegangslog log) {
        this.log = log;
    }

    /** Queues the rows of one read; waits while the queue is full. False when no room came in time. */
    public boolean registreer(List<Toegangslog.Invoer> regels) throws InterruptedException {
        for (Toegangslog.Invoer regel : regels) {
            if (!wachtrij.offer(regel, GEDULD.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.error("Toegangslog: wachtrij vol; lezing van {} door {} geweigerd", regel.dossierId(),
                        regel.gebruiker());
                return false;
            }
        }
        Thread w = werker;
        if (w != null && wachtrij.size() >= BATCH) {
            LockSupport.unpark(w);
        }
        return true;
    }

    /** Writes everything queued so far, in batches; returns when it is in the database (or throws). */
    public void schrijfWeg() {
        schrijven.lock();
        try {
            while (true) {
                if (onderweg.isEmpty()) {
                    wachtrij.drainTo(onderweg, BATCH);
                }
                if (onderweg.isEmpty()) {
                    return;
                }
                log.schrijfAlle(onderweg);
                onderweg.clear();
            }
        } finally {
            schrijven.unlock();
        }
    }

    /** Rows waiting to be written (for monitoring and tests). */
    public int wachtend() {
        return wachtrij.size() + onderweg.size();
    }

    @Override
    public void start() {
        actief = true;
        Thread w = new Thread(this::werk, "toegangslog-schrijver");
        w.setDaemon(true);
        werker = w;
        w.start();
    }

    private void werk() {
        while (actief) {
            LockSupport.parkNanos(INTERVAL.toNanos());
            try {
                schrijfWeg();
            } catch (RuntimeException fout) {
                LOG.error("Toegangslog: {} rijen nog niet geschreven, volgende poging over {}", wachtend(), INTERVAL,
                        fout);
            }
        }
    }

    @Override
    public void stop() {
        actief = false;
        Thread w = werker;
        if (w != null) {
            LockSupport.unpark(w);
            try {
                w.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        werker = null;
        schrijfWeg();
    }

    @Override
    public boolean isRunning() {
        return actief;
    }

    /** Stops after the web server (which stops taking requests first) and before the database goes. */
    @Override
    public int getPhase() {
        return 0;
    }
}
