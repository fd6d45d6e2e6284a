package nl.fermwerk.inburgering.rapportage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.support.Registerfixture;
import org.springframework.stereotype.Component;

/**
 * A fixed event fixture: four dossiers in the four gemeenten whose events all lie in 2023-2024, long before any
 * other test's events (those carry the engine clock's "now"), so replays at 2023-2024 peildata see this fixture
 * alone and every figure is known. Written once per database (the test context and the PostgreSQL test DB are
 * shared); the processes that {@code DossierAangemaakt} starts are deleted again, so no task of another test's
 * {@code voerJobsUit()} ever adds events to these dossiers.
 */
@Component
public class RapportageFixture {

    public static final String A = "RAPFIX-A";
    public static final String B = "RAPFIX-B";
    public static final String C = "RAPFIX-C";
    public static final String D = "RAPFIX-D";
    public static final String BSN_A = "900000011";
    public static final String BSN_B = "900000023";
    public static final String BSN_C = "900000035";
    public static final String BSN_D = "900000047";
    public static final LocalDate P1 = LocalDate.of(2023, 4, 30);
    public static final LocalDate P2 = LocalDate.of(2023, 9, 30);
    public static final LocalDate P3 = LocalDate.of(2024, 6, 30);

    private final Registerfixture register;

    public RapportageFixture(Registerfixture register) {
        this.register = register;
    }

    public void zorgVoor() {
        register.eenmalig(A, "rapportagefixture", () -> {
            schrijf(A, List.of(
                    e("2023-01-09", "DossierAangemaakt", aangemaakt(BSN_A, "Amal Fixture", "ASIELSTATUSHOUDER", "WOERDEN",
                            true, "2023-01-09")),
                    e("2023-01-20", "OverdrachtCoaAfgerond", Map.of("datumOverdracht", "2023-01-20")),
                    e("2023-02-01", "IngeschrevenInGemeente", Map.of("datumInschrijving", "2023-02-01")),
                    e("2023-02-15", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2023-02-15")),
                    e("2023-03-10", "PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2023-03-10")),
                    e("2023-09-12", "VoortgangsgesprekGevoerd", Map.of("uitkomst", "HANDHAVING")),
                    e("2023-09-20", "BoeteOpgelegd", Map.of("boeteArtikel", "ART_23", "boeteBedrag", 400)),
                    e("2023-11-01", "PvtAfgerond", Map.of("datumPvt", "2023-11-01")),
                    e("2024-05-01", "MapAfgerond", Map.of("praktijkUren", 48, "datumMap", "2024-05-01")),
                    e("2024-06-03", "ToeleidingWerkAfgerond", Map.of("uitstroomWerk", true))));
            schrijf(B, List.of(
                    e("2023-02-01", "DossierAangemaakt", aangemaakt(BSN_B, "Bram Fixture", "GEZINSMIGRANT", "OUDEWATER",
                            false, "2023-02-01")),
                    e("2023-04-03", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2023-04-03")),
                    e("2023-04-12", "TermijnOverschreden", Map.of("termijn", "PIP_10_WEKEN", "vervaldatum", "2023-04-12")),
                    e("2023-05-15", "PipVastgesteld", Map.of("leerroute", "Z", "pipDatum", "2023-05-15")),
                    e("2023-05-16", "TermijnBewakingAfgehandeld", Map.of("termijn", "PIP_10_WEKEN",
                            "actie", "CONTACT_OPGENOMEN")),
                    e("2023-05-16", "BoeteOpgelegd", Map.of("boeteArtikel", "ART_22", "boeteBedrag", 250)),
                    e("2024-01-10", "ParticipatieUrenGeregistreerd", Map.of("participatieUren", 120)),
                    e("2024-05-16", "TermijnOverschreden", Map.of("termijn", "PVT", "vervaldatum", "2024-05-15"))));
            schrijf(C, List.of(
                    e("2023-06-01", "DossierAangemaakt", aangemaakt(BSN_C, "Chris Fixture", "NAREIZIGER", "MONTFOORT",
                            true, "2023-06-01")),
                    e("2023-06-10", "OverdrachtCoaAfgerond", Map.of("datumOverdracht", "2023-06-10")),
                    e("2023-07-01", "BredeIntakeAfgerond", Map.of("datumBredeIntake", "2023-07-01")),
                    e("2023-07-20", "PipVastgesteld", Map.of("leerroute", "ONDERWIJS", "pipDatum", "2023-07-20")),
                    e("2024-01-15", "PvtAfgerond", Map.of("datumPvt", "2024-01-15")),
                    e("2024-03-01", "AfsluitingGestart", Map.of()),
                    e("2024-03-04", "DossierAfgesloten", Map.of("resultaat", "VERHUISD"))));
            schrijf(D, List.of(
                    e("2023-08-15", "DossierAangemaakt", aangemaakt(BSN_D, "Dana Fixture", "OVERIGE_MIGRANT",
                            "BODEGRAVEN_REEUWIJK", false, "2023-08-15"))));
            // Ferm Werk delivered 2023-Q1 to CBS in time (due 2023-04-28)
            register.schrijf("CBS-2023-Q1", tijd("2023-04-20"), CbsLeveringen.TYPE,
                    Map.of("jaar", 2023, "kwartaal", 1, "uitersteLeverdatum", "2023-04-28"));
        });
    }

    private void schrijf(String dossierId, List<Gebeurtenis> lijst) {
        lijst.forEach(g -> register.schrijf(dossierId, g.tijdstip(), g.type(), g.data(), "fixture"));
    }

    private static Map<String, Object> aangemaakt(String bsn, String naam, String doelgroep, String gemeente,
                                                  boolean uitkering, String koppeling) {
        return Registerfixture.aangemaakt(bsn, naam, "1990-05-05", doelgroep, gemeente, uitkering, koppeling);
    }

    private static Gebeurtenis e(String dag, String type, Map<String, Object> data) {
        return new Gebeurtenis(type, data, tijd(dag));
    }

    /** One event of the fixture, appended by type and data as a completed task does. */
    private record Gebeurtenis(String type, Map<String, Object> data, Instant tijdstip) {
    }

    static Instant tijd(String dag) {
        return Registerfixture.op(dag, 10);
    }
}
