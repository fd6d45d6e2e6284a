package nl.fermwerk.inburgering.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The counts' own thread: one count at a time, in the order they were asked, on a thread that never keeps a JVM up. */
class TelrijTest {

    @Test
    void tellingenLopenEenVoorEenInVolgordeOpEenEigenDraad() throws InterruptedException {
        Telrij rij = new Telrij();
        List<String> volgorde = new CopyOnWriteArrayList<>();
        AtomicInteger tegelijk = new AtomicInteger();
        AtomicInteger hoogsteTegelijk = new AtomicInteger();
        CountDownLatch klaar = new CountDownLatch(3);
        for (String telling : List.of("a", "b", "c")) {
            rij.execute(() -> {
                hoogsteTegelijk.accumulateAndGet(tegelijk.incrementAndGet(), Math::max);
                volgorde.add(telling + "@" + Thread.currentThread().getName()
                        + (Thread.currentThread().isDaemon() ? "/daemon" : ""));
                tegelijk.decrementAndGet();
                klaar.countDown();
            });
        }

        assertThat(klaar.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(volgorde).containsExactly("a@tasklist-tellingen/daemon", "b@tasklist-tellingen/daemon",
                "c@tasklist-tellingen/daemon");
        assertThat(hoogsteTegelijk).hasValue(1);
    }

    @Test
    void eenMislukteTellingHoudtDeRijNietOp() throws InterruptedException {
        Telrij rij = new Telrij();
        CountDownLatch volgende = new CountDownLatch(1);
        rij.execute(() -> {
            throw new IllegalStateException("database weg");
        });
        rij.execute(volgende::countDown);

        assertThat(volgende.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
