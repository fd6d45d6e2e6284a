package nl.fermwerk.inburgering.simulatie;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs a simulation's work on its worker threads and adds up what each did; any failure fails the whole step. */
public final class Werkers {

    private Werkers() {
    }

    public static int samen(ExecutorService werkers, List<Callable<Integer>> werk) {
        try {
            int gedaan = 0;
            for (Future<Integer> klaar : werkers.invokeAll(werk)) {
                gedaan += klaar.get();
            }
            return gedaan;
        } catch (InterruptedException onderbroken) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Simulatie onderbroken", onderbroken);
        } catch (ExecutionException mislukt) {
            throw mislukt.getCause() instanceof RuntimeException r ? r : new IllegalStateException(mislukt.getCause());
        }
    }
}
