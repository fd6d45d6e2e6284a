package nl.fermwerk.inburgering.rapportage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.support.Registerfixture;
import org.springframework.stereotype.Component;

/**
 * A caseload with small cells, on top of {@link RapportageFixture} (one dossier per gemeente in 2023-2024). All its
 * events lie between 2024-07-01 and 2024-11-30, after the replays of RapportageFixture and before any other test's
 * events, so a replay at {@link #PEILDATUM} sees exactly these two fixtures:
 *
 * <ul>
 *   <li>Woerden: 8 dossiers (7 here + RAPFIX-A), all in uitvoering; 7 of 8 PIPs on time (the one late PIP is a small
 *       cell by difference); 2 boetes.</li>
 *   <li>Oudewater: 3 dossiers (2 here + RAPFIX-B), one boete, one open escalation.</li>
 *   <li>Montfoort: 1 dossier (RAPFIX-C, closed).</li>
 *   <li>Bodegraven-Reeuwijk: 6 dossiers (5 here + RAPFIX-D).</li>
 * </ul>
 * Total 18: Oudewater and Montfoort are small, and together only 4, so a third gemeente must be hidden as well.
 */
@Component
public class KleineCellenFixture {

    public static final java.time.LocalDate PEILDATUM = java.time.LocalDate.of(2024, 11, 30);
    static final String PREFIX = "KLEIN-";

    private final RapportageFixture basis;
    private final Registerfixture register;

    public KleineCellenFixture(RapportageFixture basis, Registerfixture register) {
        this.basis = basis;
        this.register = register;
    }

    public void zorgVoor() {
        basis.zorgVoor();
        register.eenmalig(PREFIX + "W1", "kleinecellenfixture", () -> {
            for (int i = 1; i <= 7; i++) {
                String koppeling = "2024-07-0" + i;
                String leerroute = i <= 5 ? "B1" : i == 6 ? "Z" : "ONDERWIJS";
                // The last one's PIP comes after the 10 weeks: Woerden has 7 of 8 PIPs on time
                String pip = i == 7 ? "2024-10-15" : "2024-08-15";
                List<Gebeurtenis> lijst = new ArrayList<>(List.of(
                        e(koppeling, "DossierAangemaakt", aangemaakt("WOERDEN", "GEZINSMIGRANT", koppeling, i)),
                        e("2024-08-01", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2024-08-01")),
                        e(pip, "PipVastgesteld", Map.of("leerroute", leerroute, "pipDatum", pip))));
                if (i == 1) {
                    lijst.add(e("2024-10-01", "BoeteOpgelegd", Map.of("boeteArtikel", "ART_22", "boeteBedrag", 150)));
                }
                schrijf(PREFIX + "W" + i, lijst);
            }
            for (int i = 1; i <= 2; i++) {
                String koppeling = "2024-09-0" + i;
                schrijf(PREFIX + "O" + i, List.of(
                        e(koppeling, "DossierAangemaakt", aangemaakt("OUDEWATER", "GEZINSMIGRANT", koppeling, 10 + i)),
                        e("2024-10-01", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2024-10-01"))));
            }
            for (int i = 1; i <= 5; i++) {
                String koppeling = "2024-07-1" + i;
                schrijf(PREFIX + "B" + i, List.of(
                        e(koppeling, "DossierAangemaakt", aangemaakt("BODEGRAVEN_REEUWIJK", "OVERIGE_MIGRANT", koppeling,
                                20 + i)),
                        e("2024-08-05", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2024-08-05")),
                        e("2024-09-02", "PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2024-09-02"))));
            }
        });
    }

    private void schrijf(String dossierId, List<Gebeurtenis> lijst) {
        lijst.forEach(g -> register.schrijf(dossierId, g.tijdstip(), g.type(), g.data(), "fixture"));
    }

    private static Map<String, Object> aangemaakt(String gemeente, String doelgroep, String koppeling, int volgnummer) {
        return Registerfixture.aangemaakt(String.format("9100000%02d", volgnummer), "Klein Fixture " + volgnummer,
                "1991-03-03", doelgroep, gemeente, false, koppeling);
    }

    private static Gebeurtenis e(String dag, String type, Map<String, Object> data) {
        return new Gebeurtenis(type, data, RapportageFixture.tijd(dag));
    }

    /** One event of the fixture, appended by type and data as a completed task does. */
    private record Gebeurtenis(String type, Map<String, Object> data, Instant tijdstip) {
    }
}
