package nl.fermwerk.inburgering.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Numbers kept for a period: counted once per key and period, refreshed by one caller, never lost by a failure. */
class KortBewaardTest {

    private final AtomicLong nu = new AtomicLong();
    /** The counts queued for the count's own thread, run when the test says so. */
    private final Queue<Runnable> rij = new ArrayDeque<>();
    private final KortBewaard<String> bewaard = new KortBewaard<>(Duration.ofSeconds(30), nu::get, rij::add,
            new Semaphore(1));
    private final AtomicInteger tellingen = new AtomicInteger();

    private Long tel(long waarde) {
        tellingen.incrementAndGet();
        return waarde;
    }

    /** A key's number asked on another thread; its count gives this value once {@code klaar}. */
    private CompletableFuture<Long> telTotKlaar(String sleutel, long waarde, CountDownLatch klaar)
            throws InterruptedException {
        CountDownLatch telt = new CountDownLatch(1);
        CompletableFuture<Long> vraag = CompletableFuture.supplyAsync(() -> bewaard.waarde(sleutel, () -> {
            telt.countDown();
            try {
                klaar.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tel(waarde);
        }));
        assertThat(telt.await(10, TimeUnit.SECONDS)).isTrue();
        return vraag;
    }

    @Test
    void binnenDeTermijnWordtNietOpnieuwGeteld() {
        assertThat(bewaard.waarde("a", () -> tel(5))).isEqualTo(5);
        nu.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(bewaard.waarde("a", () -> tel(6))).isEqualTo(5);
        assertThat(bewaard.waarde("b", () -> tel(7))).as("een andere sleutel telt zelf").isEqualTo(7);
        assertThat(tellingen).hasValue(2);
        assertThat(rij).isEmpty();
    }

    @Test
    void eenVerlopenGetalWordtOpDeEigenDraadOpnieuwGeteldEnTotDanKrijgtIedereenHetVorige() {
        bewaard.waarde("a", () -> tel(5));
        nu.addAndGet(Duration.ofSeconds(30).toNanos());

        assertThat(bewaard.waarde("a", () -> tel(6))).as("het vorige, de nieuwe telling staat in de rij").isEqualTo(5);
        assertThat(bewaard.waarde("a", () -> tel(99))).isEqualTo(5);
        assertThat(rij).as("een telling per sleutel in de rij, hoeveel aanvragers er ook zijn").hasSize(1);
        assertThat(tellingen).hasValue(1);

        rij.poll().run();
        assertThat(bewaard.waarde("a", () -> tel(99))).isEqualTo(6);
        assertThat(tellingen).hasValue(2);
        assertThat(rij).isEmpty();
    }

    @Test
    void deEersteTellingVanEenSleutelWordtEenKeerGemaaktAlsTweeTegelijkVragen() throws Exception {
        CountDownLatch klaar = new CountDownLatch(1);
        CompletableFuture<Long> eerste = telTotKlaar("a", 4, klaar);
        CompletableFuture<Long> tweede = CompletableFuture.supplyAsync(() -> bewaard.waarde("a", () -> tel(99)));
        Thread.yield();
        klaar.countDown();

        assertThat(eerste.get(10, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(tweede.get(10, TimeUnit.SECONDS)).as("wachtte op de eerste telling").isEqualTo(4);
        assertThat(tellingen).hasValue(1);
    }

    @Test
    void eersteTellingenVanVerschillendeSleutelsWachtenOpHunBeurt() throws Exception {
        CountDownLatch klaar = new CountDownLatch(1);
        CompletableFuture<Long> eerste = telTotKlaar("a", 1, klaar);
        CompletableFuture<Long> ander = CompletableFuture.supplyAsync(() -> bewaard.waarde("b", () -> tel(2)));

        Thread.sleep(200);
        assertThat(ander).as("een andere sleutel wacht tot de ene telling die tegelijk mag klaar is").isNotDone();
        assertThat(tellingen).hasValue(0);
        klaar.countDown();
        assertThat(eerste.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(ander.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void zonderWachtenIsErTotDeEersteTellingGemaaktIsGeenGetal() {
        assertThat(bewaard.alsBekend("a", () -> tel(5))).isNull();
        assertThat(bewaard.alsBekend("a", () -> tel(5))).isNull();
        assertThat(rij).as("een eerste telling per sleutel in de rij").hasSize(1);
        assertThat(tellingen).hasValue(0);

        rij.poll().run();
        assertThat(bewaard.alsBekend("a", () -> tel(99))).isEqualTo(5);
        assertThat(bewaard.waarde("a", () -> tel(99))).as("hetzelfde getal voor wie wel wacht").isEqualTo(5);
        nu.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(bewaard.alsBekend("a", () -> tel(6))).isEqualTo(5);
        rij.poll().run();
        assertThat(bewaard.alsBekend("a", () -> tel(99))).isEqualTo(6);
        assertThat(tellingen).hasValue(2);
    }

    @Test
    void eenMislukteTellingLaatHetVorigeGetalStaanEnDeVolgendeAanvragerVraagtOpnieuw() {
        bewaard.waarde("a", () -> tel(5));
        nu.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(bewaard.waarde("a", () -> {
            throw new IllegalStateException("database weg");
        })).isEqualTo(5);
        rij.poll().run();

        assertThat(bewaard.waarde("a", () -> tel(6))).isEqualTo(5);
        rij.poll().run();
        assertThat(bewaard.waarde("a", () -> tel(7))).isEqualTo(6);
        assertThatThrownBy(() -> bewaard.waarde("nieuw", () -> {
            throw new IllegalStateException("database weg");
        })).as("een eerste telling heeft niets om te tonen").hasMessage("database weg");
        assertThat(bewaard.waarde("nieuw", () -> tel(3))).as("en wordt opnieuw geprobeerd").isEqualTo(3);
    }

    @Test
    void eenVolleRijLaatHetVorigeGetalStaanEnDeVolgendeAanvragerVraagtOpnieuw() {
        AtomicInteger pogingen = new AtomicInteger();
        KortBewaard<String> afwijzend = new KortBewaard<>(Duration.ofSeconds(30), nu::get, taak -> {
            pogingen.incrementAndGet();
            throw new RejectedExecutionException("vol");
        }, new Semaphore(1));
        afwijzend.waarde("a", () -> tel(5));
        nu.addAndGet(Duration.ofMinutes(1).toNanos());

        assertThat(afwijzend.waarde("a", () -> tel(6))).isEqualTo(5);
        assertThat(afwijzend.waarde("a", () -> tel(6))).isEqualTo(5);
        assertThat(pogingen).as("niet vast op 'bezig' na de weigering: elke aanvrager vraagt opnieuw").hasValue(2);
        assertThat(tellingen).hasValue(1);
    }

    @Test
    void verlopenGetallenGaanWegVoordatHetAantalSleutelsZijnGrensPasseert() {
        for (int i = 0; i < KortBewaard.MAXIMAAL; i++) {
            bewaard.waarde("zoek" + i, () -> 1L);
        }
        nu.addAndGet(Duration.ofMinutes(1).toNanos());
        bewaard.waarde("vers", () -> 2L);

        assertThat(bewaard.aantal()).isEqualTo(1);
    }

    @Test
    void vergetenGetallenWordenOpnieuwGeteld() {
        bewaard.waarde("filter-1|a", () -> tel(1));
        bewaard.waarde("filter-2|a", () -> tel(2));
        bewaard.vergeet(s -> s.startsWith("filter-1"));

        assertThat(bewaard.waarde("filter-1|a", () -> tel(10))).isEqualTo(10);
        assertThat(bewaard.waarde("filter-2|a", () -> tel(20))).isEqualTo(2);
    }
}
