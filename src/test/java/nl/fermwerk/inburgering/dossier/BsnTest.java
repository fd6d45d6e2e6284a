package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.fermwerk.inburgering.simulatie.DemoBsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999996356"})
    void geldigeBsnsDoorstaanDeElfproef(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "000000000", "12345678", "1234567890", "12345678a", " 11122233", ""})
    void ongeldigeBsnsWordenGeweigerd(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @Test
    void nullIsOngeldig() {
        assertThat(Bsn.isGeldig(null)).isFalse();
    }

    @Test
    void demoBsnsZijnAltijdGeldig() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(Bsn.isGeldig(DemoBsn.volgende(random))).isTrue();
        }
    }
}
