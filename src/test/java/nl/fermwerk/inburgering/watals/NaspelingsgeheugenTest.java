package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remembered side is found only by exactly what decides its figures. */
class NaspelingsgeheugenTest {

    static final LocalDate VANAF = LocalDate.of(2027, 1, 1);
    static final LocalDate TOT = LocalDate.of(2027, 12, 31);
    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);

    @TempDir
    Path map;

    @Test
    void elkeInvoerDieDeCijfersBepaaltGeeftEenAndereSleutel() throws Exception {
        Path modellen = map.resolve("voor");
        Files.createDirectories(modellen.resolve("forms"));
        Files.writeString(modellen.resolve("termijnen.dmn"), "<definitions>P10W</definitions>");
        Files.writeString(modellen.resolve("forms/pip.form"), "{}");
        String sleutel = sleutel(modellen, 300, 2021, TOT, Gedrag.STANDAARD, VANDAAG);

        assertThat(sleutel(modellen, 300, 2021, TOT, Gedrag.STANDAARD, VANDAAG)).isEqualTo(sleutel);
        assertThat(List.of(
                sleutel(modellen, 301, 2021, TOT, Gedrag.STANDAARD, VANDAAG),
                sleutel(modellen, 300, 2022, TOT, Gedrag.STANDAARD, VANDAAG),
                sleutel(modellen, 300, 2021, TOT.minusDays(1), Gedrag.STANDAARD, VANDAAG),
                sleutel(modellen, 300, 2021, TOT, new Gedrag(16, 21, 42, 140, 60, 270, 540, 1000, 60, 25, 10, 10, 40,
                        3, "standaard"), VANDAAG),
                sleutel(modellen, 300, 2021, TOT, Gedrag.STANDAARD, VANDAAG.plusDays(1))))
                .doesNotContain(sleutel).doesNotHaveDuplicates();

        Files.writeString(modellen.resolve("termijnen.dmn"), "<definitions>P8W</definitions>");
        String anderModel = sleutel(modellen, 300, 2021, TOT, Gedrag.STANDAARD, VANDAAG);
        Files.writeString(modellen.resolve("termijnen.dmn"), "<definitions>P10W</definitions>");
        Files.move(modellen.resolve("forms/pip.form"), modellen.resolve("forms/pvt.form"));
        String andereNaam = sleutel(modellen, 300, 2021, TOT, Gedrag.STANDAARD, VANDAAG);
        assertThat(List.of(anderModel, andereNaam)).doesNotContain(sleutel).doesNotHaveDuplicates();
    }

    @Test
    void onthoudtAlleenDeLaatsteKanten() {
        Naspelingsgeheugen geheugen = new Naspelingsgeheugen();
        for (int i = 0; i <= Naspelingsgeheugen.BEWAARD; i++) {
            geheugen.bewaar("k" + i, new Naspelingsgeheugen.Uitkomst(new byte[] {(byte) i}, List.of()));
        }
        assertThat(geheugen.vind("k0")).isEmpty();
        assertThat(geheugen.vind("k" + Naspelingsgeheugen.BEWAARD)).get()
                .extracting(u -> u.figuren()[0]).isEqualTo((byte) Naspelingsgeheugen.BEWAARD);
    }

    private static String sleutel(Path modellen, int aantal, long zaad, LocalDate tot, Gedrag gedrag,
                                  LocalDate vandaag) {
        return Naspelingsgeheugen.sleutel(modellen, aantal, zaad, VANAF, tot, gedrag, vandaag);
    }
}
