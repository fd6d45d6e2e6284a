package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.traject.Bericht;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two stored projections of a dossier (the dossier row that the API and Tasklist read, and the report row that the
 * lists, the dashboard and the exports read) tell the same fase, gemeente, leerroute and PIP date: after real
 * trajectories of every doelgroep through the engine, and after event streams that the current model does not
 * produce but a changed model or an older version could have stored.
 */
@IntegratieTest
class ProjectiesEensTest extends TrajectTestBasis {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    TransactionTemplate transactie;

    @Test
    void naEchteTrajectenVanElkeDoelgroepZijnDeProjectiesHetEens() {
        List<String> ids = new ArrayList<>();

        String asiel = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        warmeOverdracht(asiel);
        totEnMetPip(asiel, "B1", true);
        ids.add(asiel);

        String nareiziger = open("NAREIZIGER", "MONTFOORT", true);
        rondAf(nareiziger, "overdrachtCoa", "datumOverdracht", vandaag());
        berichten.ontvang(nareiziger, new Bericht("Verhuisd", "OUDEWATER", null), "test");
        ids.add(nareiziger);

        String gezin = open("GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", false);
        totEnMetPip(gezin, "Z", false);
        berichten.ontvang(gezin, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(gezin);
        ids.add(gezin);

        String overig = open("OVERIGE_MIGRANT", "OUDEWATER", false);
        totEnMetPip(overig, "ONDERWIJS", false);
        berichten.ontvang(overig, new Bericht("Verhuisd", "BUITEN_REGIO", null), "test");
        voerJobsUit(overig);
        rondAf(overig, "overdrachtNieuweGemeente", "datumOverdrachtNieuweGemeente", vandaag());
        ids.add(overig);

        String gesloten = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(gesloten, "B1", false);
        berichten.ontvang(gesloten, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(gesloten);
        rondAf(gesloten, "afsluiting", "resultaat", "ONTHEFFING");
        ids.add(gesloten);

        ids.forEach(this::zijnHetEens);
    }

    @Test
    void naStromenDieEenGewijzigdModelKanSchrijvenZijnDeProjectiesHetEens() {
        // The toets taken while the COA handover is still open (a model with the toets in parallel)
        String toets = stroom("ASIELSTATUSHOUDER",
                e("LeerbaarheidstoetsAfgenomen", Map.of("datumToets", "2030-01-02")));
        // DUO's ontheffing recorded without an afsluiting after it (a model without the boundary event)
        String ontheffing = stroom("GEZINSMIGRANT",
                e("BredeIntakeAfgerond", Map.of("datumBredeIntake", "2030-01-02")),
                e("PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2030-01-03")),
                e("OntheffingVerleend", Map.of("datumOntheffing", "2030-01-04")));
        // The handover to a gemeente outside the region, without the afsluiting after it
        String overgedragen = stroom("OVERIGE_MIGRANT",
                e("PipVastgesteld", Map.of("leerroute", "Z", "pipDatum", "2030-01-03")),
                e("Verhuisd", Map.of("vanGemeente", "WOERDEN", "naarGemeente", "BUITEN_REGIO",
                        "datumVerhuizing", "2030-01-04")),
                e("DossierOvergedragen", Map.of("datumOverdrachtNieuweGemeente", "2030-01-05")));
        // The COA handover completed after the PIP (a model with the handover in parallel)
        String laat = stroom("NAREIZIGER",
                e("PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2030-01-03")),
                e("OverdrachtCoaAfgerond", Map.of("datumOverdracht", "2030-01-04")));
        // A second PIP (a model that lets the PIP task run again): the term runs from the first
        String tweedePip = stroom("GEZINSMIGRANT",
                e("PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2030-01-03")),
                e("PipVastgesteld", Map.of("leerroute", "Z", "pipDatum", "2030-01-05")));

        for (String id : List.of(toets, ontheffing, overgedragen, laat, tweedePip)) {
            zijnHetEens(id);
        }
        assertThat(fase(toets)).isEqualTo("BREDE_INTAKE");
        assertThat(fase(ontheffing)).isEqualTo("AFSLUITING");
        assertThat(fase(overgedragen)).isEqualTo("AFSLUITING");
        assertThat(fase(laat)).isEqualTo("UITVOERING");
        assertThat(jdbc.queryForObject("SELECT pip_datum FROM dossier WHERE dossier_id = ?", String.class, tweedePip))
                .startsWith("2030-01-03");
    }

    private void zijnHetEens(String id) {
        Map<String, Object> dossier = jdbc.queryForMap("""
                SELECT fase, gemeente, leerroute, pip_datum, status FROM dossier WHERE dossier_id = ?""", id);
        Map<String, Object> rapportage = jdbc.queryForMap("""
                SELECT fase, gemeente, leerroute, pip_datum, actief FROM rapportage_dossier WHERE dossier_id = ?""", id);
        assertThat(rapportage.get("fase")).as("fase van %s", id).isEqualTo(dossier.get("fase"));
        assertThat(rapportage.get("gemeente")).as("gemeente van %s", id).isEqualTo(dossier.get("gemeente"));
        assertThat(rapportage.get("leerroute")).as("leerroute van %s", id).isEqualTo(dossier.get("leerroute"));
        assertThat(String.valueOf(rapportage.get("pip_datum"))).as("PIP-datum van %s", id)
                .isEqualTo(String.valueOf(dossier.get("pip_datum")));
        assertThat(rapportage.get("actief")).as("actief van %s", id).isEqualTo("OPEN".equals(dossier.get("status")));
    }

    private String fase(String id) {
        return jdbc.queryForObject("SELECT fase FROM dossier WHERE dossier_id = ?", String.class, id);
    }

    private record E(String type, Map<String, Object> data) {
    }

    private static E e(String type, Map<String, Object> data) {
        return new E(type, data);
    }

    /** A dossier whose events are written straight into the store, one day apart from 1 January 2030. */
    private String stroom(String doelgroep, E... gebeurtenissenNaAanmaak) {
        String id = "EENS-" + System.nanoTime();
        Map<String, Object> aangemaakt = new LinkedHashMap<>();
        aangemaakt.put("bsn", TestDossiers.uniekBsn());
        aangemaakt.put("naam", "Eens Test");
        aangemaakt.put("geboortedatum", "1990-01-01");
        aangemaakt.put("doelgroep", doelgroep);
        aangemaakt.put("gemeente", "WOERDEN");
        aangemaakt.put("inkoopregio", "U16");
        aangemaakt.put("uitkering", false);
        aangemaakt.put("datumKoppeling", "2030-01-01");
        Instant dag = Instant.parse("2030-01-01T09:00:00Z");
        List<E> alle = new ArrayList<>();
        alle.add(e("DossierAangemaakt", aangemaakt));
        alle.addAll(List.of(gebeurtenissenNaAanmaak));
        transactie.executeWithoutResult(s -> {
            Instant tijdstip = dag;
            for (E g : alle) {
                gebeurtenissen.voegToe(id, g.type(), g.data(), tijdstip, "test");
                tijdstip = tijdstip.plusSeconds(86_400);
            }
        });
        // Only the events count here: the trajectory that DossierAangemaakt started must not add any
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "projectiestest", true, true));
        return id;
    }
}
