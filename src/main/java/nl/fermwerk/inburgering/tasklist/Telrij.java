package nl.fermwerk.inburgering.tasklist;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Tasklist's expired counts, made one after another on one thread of their own, which rests after each count as long
 * as the count took: at 100,000 dossiers a count takes up to a second of the database, and fifty colleagues' filters
 * expired together asked more of it than its two cores could give beside their lists and forms. So the counts take at
 * most half of one database core; with more filters a number waits longer for its turn (docs/tasklist.md).
 */
final class Telrij implements Executor {

    private final ExecutorService draad = Executors.newSingleThreadExecutor(taak -> {
        Thread t = new Thread(taak, "tasklist-tellingen");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void execute(Runnable telling) {
        draad.execute(() -> {
            long begin = System.nanoTime();
            telling.run();
            rust(System.nanoTime() - begin);
        });
    }

    private static void rust(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
