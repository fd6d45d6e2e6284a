package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.simulatie.DemoBsn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A naam travels into Tasklist cards, reports and CSV exports: markup and invisible or control characters are
 * refused at the door (issue #20, finding 8), while every real name (apostrophes, hyphens, accents, non-Latin
 * scripts, the zero-width non-joiner of Persian) passes.
 */
class NaamValidatieTest {

    private final DossierValidatie validatie = new DossierValidatie(new ValidatieInstellingen(16, 100, null));

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Amina <b>Yusuf</b>", "Amina > Yusuf", "<Amina",
            "Amina\u0000Yusuf", "Amina\u001b[31mYusuf", "Amina\r\nYusuf", "Amina\tYusuf", "Amina\u0085Yusuf",
            "Amina\u007fYusuf", "\u202eanimA", "Amina\u2066Yusuf", "Ami\u200bna", "\ufeffAmina", "Amina\u2028Yusuf",
            "Amina\ud800Yusuf", "Amina\ue000Yusuf"})
    void markupEnOnzichtbareOfStuurtekensWordenGeweigerd(String naam) {
        assertThatThrownBy(() -> validatie.controleer(koppeling(naam)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, fout -> {
                    assertThat(fout.fouten()).extracting(Veldfout::veld).containsExactly("naam");
                    assertThat(fout.fouten().get(0).detail()).startsWith("De naam");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amina Yusuf", "Sinéad O'Brien", "Zoë d’Hondt", "Anne-Marie van den Berg-Jansen",
            "José Ñúñez", "Łukasz Wałęsa", "Nguyễn Văn An", "Ərəstun Məmmədov", "محمد الأحمد", "زهرا\u200cاحمدی",
            "Тарас Шевченко", "Ἀλέξανδρος", "ተስፋዬ ገብሩ", "Abdi Xasan Maxamed", "Jean-Luc Dupont Jr."})
    void echteNamenBlijvenToegestaan(String naam) {
        assertThatCode(() -> validatie.controleer(koppeling(naam))).doesNotThrowAnyException();
    }

    private static NieuwDossier koppeling(String naam) {
        LocalDate vandaag = Klok.vandaag();
        return new NieuwDossier(DemoBsn.volgende(new java.util.Random(naam.hashCode())), naam,
                vandaag.minusYears(30), "ASIELSTATUSHOUDER", "WOERDEN", vandaag.minusDays(3), true);
    }
}
