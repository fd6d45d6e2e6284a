package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import org.junit.jupiter.api.Test;

/** The rebuild's COPY stream: NULL, empty text and quotes stay what they were. */
class CsvWaardeTest {

    @Test
    void nullIsLeegEnTekstAltijdGeciteerd() {
        assertThat(RapportageDossiers.csvWaarde(null)).isEmpty();
        assertThat(RapportageDossiers.csvWaarde("")).isEqualTo("\"\"");
        assertThat(RapportageDossiers.csvWaarde("Yusuf, \"Amina\"")).isEqualTo("\"Yusuf, \"\"Amina\"\"\"");
        assertThat(RapportageDossiers.csvWaarde(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(RapportageDossiers.csvWaarde(Date.valueOf("2027-01-04"))).isEqualTo("2027-01-04");
        assertThat(RapportageDossiers.csvWaarde(Boolean.TRUE)).isEqualTo("true");
    }
}
