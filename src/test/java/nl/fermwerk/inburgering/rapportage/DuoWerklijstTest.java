package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.Registerfixture;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The DUO worklist: what casusregie still has to register in DUO's portal (the PIP and each change with its date, a
 * PVT signed, a MAP not fulfilled and verwijtbaar), nothing of DUO's own data, each item marked done once with the day
 * it was registered (an event), and refused for every role but casusregie.
 */
@IntegratieTest
class DuoWerklijstTest {

    private static final String ID = "DUOLIJST-1";

    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    Registerfixture register;
    @Autowired
    Toegangslog toegangslog;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        register.eenmalig(ID, "duowerklijsttest", () -> {
            schrijf("2025-05-05", "DossierAangemaakt", Registerfixture.aangemaakt("900000096", "Duo Werklijst",
                    "1988-08-08", "GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", false, "2025-05-05"));
            schrijf("2025-06-20", "PipVastgesteld", Map.of("leerroute", "B1", "pipDatum", "2025-06-20"));
            schrijf("2025-08-01", "PipBijgesteld", Map.of("leerroute", "Z", "datumBijstelling", "2025-08-01"));
            schrijf("2025-08-20", "PipBijgesteld", Map.of("leerroute", "Z", "datumBijstelling", "2025-08-15"));
            schrijf("2025-09-01", "PvtAfgerond", Map.of("datumPvt", "2025-09-01", "resultaatPvt", "VOLDAAN"));
            schrijf("2025-10-01", "MapAfgerond", Map.of("datumMap", "2025-10-01", "praktijkUren", 12,
                    "resultaatMap", "NIET_VOLDAAN", "verwijtbaar", true));
            schrijf("2025-10-02", "OntheffingVerleend", Map.of("datumOntheffing", "2025-10-02"));
        });
    }

    @Test
    void deWerklijstNoemtWatDeGemeenteBijDuoRegistreertEnNietsVanDuoZelf() throws Exception {
        List<String> items = items(get("casusregisseur", "/api/rapportages/duo/werklijst?gemeente=BODEGRAVEN_REEUWIJK"
                + "&ookGedaan=true"));
        assertThat(items).contains(ID + " PIP-2025-06-20", ID + " PIP_BIJSTELLING-2025-08-01",
                ID + " PIP_BIJSTELLING-2025-08-15", ID + " PVT-2025-09-01", ID + " MAP_VERWIJTBAAR-2025-10-01");
        // A MAP not fulfilled is no MAP completed; DUO's own ontheffing is not sent back
        assertThat(items).noneMatch(i -> i.startsWith(ID + " MAP-") || i.contains("ONTHEFFING"));
        assertThat(toegangslog.vanDossier(ID)).anyMatch(r -> r.endpoint().equals("GET /api/rapportages/duo/werklijst"));
    }

    @Test
    void eenItemWordtEenKeerAfgevinktMetDeDatumVanRegistratie() throws Exception {
        String pad = "/api/rapportages/duo/werklijst/" + ID + "/PIP-2025-06-20";
        assertThat(post("manager", pad, "2025-06-25").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("teamleider", pad, "2025-06-25").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("vsgh", pad, "2025-06-25").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        fout(post("casusregisseur", pad, Klok.vandaag().plusDays(1).toString()), "datumRegistratie");
        fout(post("casusregisseur", pad, "2025-06-19"), "datumRegistratie");
        fout(post("casusregisseur", "/api/rapportages/duo/werklijst/" + ID + "/PIP-2025-06-21", "2025-06-25"), "item");

        ResponseEntity<String> gedaan = post("casusregisseur", pad, "2025-06-25");
        assertThat(gedaan.getStatusCode()).as(gedaan.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(gedaan.getBody()).get("geregistreerdOp").asText()).isEqualTo("2025-06-25");
        // The event, with the day of registration as its business date
        assertThat(gebeurtenissen.vanDossier(ID)).anyMatch(g -> g.type().equals("DuoRegistratieGedaan")
                && g.datum().equals(LocalDate.of(2025, 6, 25)));
        assertThat(items(get("teamleider", "/api/rapportages/duo/werklijst?gemeente=BODEGRAVEN_REEUWIJK")))
                .doesNotContain(ID + " PIP-2025-06-20").contains(ID + " PVT-2025-09-01");
        fout(post("casusregisseur", pad, "2025-06-26"), "item");
    }

    private static List<String> items(JsonNode lijst) {
        List<String> items = new ArrayList<>();
        lijst.forEach(i -> items.add(i.get("dossierId").asText() + " " + i.get("item").asText()));
        return items;
    }

    private void fout(ResponseEntity<String> antwoord, String veld) {
        assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody()).contains("\"" + veld + "\"");
    }

    private ResponseEntity<String> post(String gebruiker, String pad, String datum) {
        return http.withBasicAuth(gebruiker, "demo").postForEntity(pad, Map.of("datumRegistratie", datum),
                String.class);
    }

    private JsonNode get(String gebruiker, String pad) throws Exception {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad + ": " + antwoord.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(antwoord.getBody());
    }

    private void schrijf(String dag, String type, Map<String, Object> data) {
        register.schrijf(ID, Registerfixture.op(dag, 12), type, data);
    }
}
