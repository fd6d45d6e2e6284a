package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegratieTest
class ToegangslogTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    Toegangslog toegangslog;
    @Autowired
    DossierService service;
    @Autowired
    TestDossiers testDossiers;

    @Test
    void elkeLezingLegtWieWanneerWelkDossierEindpuntEnDoelVast() {
        String id = open("WOERDEN");

        lees("vsgh", "/api/dossiers/" + id + "?doel=taak-bredeIntake", null);
        lees("vsgh", "/api/dossiers/" + id + "/gebeurtenissen", "voorbereiding casuistiekoverleg");
        lees("casusregisseur", "/api/dossiers/" + id, null);

        List<Toegangslog.Regel> regels = toegangslog.vanDossier(id);
        assertThat(regels).extracting(Toegangslog.Regel::gebruiker, Toegangslog.Regel::endpoint,
                        Toegangslog.Regel::doel, Toegangslog.Regel::resultaat)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("vsgh", "GET /api/dossiers/" + id, "taak-bredeIntake",
                                Toegangslog.TOEGESTAAN),
                        org.assertj.core.groups.Tuple.tuple("vsgh", "GET /api/dossiers/" + id + "/gebeurtenissen",
                                "voorbereiding casuistiekoverleg", Toegangslog.TOEGESTAAN),
                        org.assertj.core.groups.Tuple.tuple("casusregisseur", "GET /api/dossiers/" + id,
                                "dossier raadplegen", Toegangslog.TOEGESTAAN));
        assertThat(regels).allSatisfy(r -> {
            assertThat(r.tijdstip()).isNotNull();
            assertThat(r.systeemtijd()).isNotNull();
            assertThat(r.dossierId()).isEqualTo(id);
        });
    }

    @Test
    void eenWijzigingViaDeApiStaatOokInHetLog() throws Exception {
        NieuwDossier nieuw = TestDossiers.koppeling("GEZINSMIGRANT", "OUDEWATER", false);
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        kop.set(Doel.KOP, "DUO-melding verwerken");
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo").postForEntity("/api/dossiers",
                new HttpEntity<>(json.writeValueAsString(nieuw), kop), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(antwoord.getBody()).get("dossierId").asText();

        assertThat(toegangslog.vanDossier(id)).singleElement().satisfies(r -> {
            assertThat(r.gebruiker()).isEqualTo("casusregisseur");
            assertThat(r.endpoint()).isEqualTo("POST /api/dossiers");
            assertThat(r.doel()).isEqualTo("DUO-melding verwerken");
        });
    }

    @Test
    void eenGeweigerdePogingWordtOokVastgelegd() {
        String id = open("MONTFOORT");

        assertThat(lees("vsgh", "/api/dossiers/" + id, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(toegangslog.vanDossier(id)).singleElement().satisfies(r -> {
            assertThat(r.gebruiker()).isEqualTo("vsgh");
            assertThat(r.resultaat()).isEqualTo(Toegangslog.GEWEIGERD);
        });
    }

    @Test
    void eenTeLangOfOngeldigDoelGeeft400EnLogtNiets() throws Exception {
        String id = open("WOERDEN");
        ResponseEntity<String> antwoord = lees("casusregisseur", "/api/dossiers/" + id + "?doel=" + "x".repeat(201),
                null);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("fouten").get(0).get("veld").asText()).isEqualTo("doel");
        assertThat(toegangslog.vanDossier(id)).isEmpty();
    }

    @Test
    void alleenFunctioneelBeheerLeestHetToegangslog() throws Exception {
        String id = open("BODEGRAVEN_REEUWIJK");
        lees("sam-welzijn", "/api/dossiers/" + id, null);

        for (String gebruiker : List.of("casusregisseur", "teamleider", "sam-welzijn", "manager", "beleid")) {
            assertThat(lees(gebruiker, "/api/toegangslog?dossierId=" + id, null).getStatusCode())
                    .as(gebruiker).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> antwoord = lees("beheer", "/api/toegangslog?dossierId=" + id, null);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode regels = json.readTree(antwoord.getBody());
        assertThat(regels).anySatisfy(r -> {
            assertThat(r.get("gebruiker").asText()).isEqualTo("sam-welzijn");
            assertThat(r.get("endpoint").asText()).isEqualTo("GET /api/dossiers/" + id);
        });
        // The privacy officer's own reading is logged as well
        assertThat(toegangslog.vanDossier(id)).anySatisfy(r -> {
            assertThat(r.gebruiker()).isEqualTo("beheer");
            assertThat(r.endpoint()).startsWith("GET /api/toegangslog");
        });
    }

    @Test
    void hetLogIsNietTeWijzigenOfTeWissenViaDeApi() {
        String id = open("WOERDEN");
        lees("casusregisseur", "/api/dossiers/" + id, null);
        long voor = toegangslog.aantal(id);

        for (HttpMethod methode : List.of(HttpMethod.DELETE, HttpMethod.PUT, HttpMethod.POST)) {
            ResponseEntity<String> antwoord = http.withBasicAuth("beheer", "demo")
                    .exchange("/api/toegangslog?dossierId=" + id, methode, null, String.class);
            assertThat(antwoord.getStatusCode().is4xxClientError()).as(methode.name()).isTrue();
        }
        assertThat(toegangslog.aantal(id)).isEqualTo(voor);
    }

    @Test
    void inzageGeeftAllesOverDePersoonAanFunctioneelBeheer() throws Exception {
        String id = open("OUDEWATER");
        lees("stadsteam-oudewater", "/api/dossiers/" + id, null);

        for (String gebruiker : List.of("casusregisseur", "stadsteam-oudewater", "manager", "beleid")) {
            assertThat(lees(gebruiker, "/api/dossiers/" + id + "/inzage", null).getStatusCode())
                    .as(gebruiker).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> antwoord = lees("beheer", "/api/dossiers/" + id + "/inzage", null);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode inzage = json.readTree(antwoord.getBody());
        String bsn = inzage.get("dossier").get("bsn").asText();
        assertThat(bsn).hasSize(9);
        assertThat(inzage.get("gebeurtenissen").get(0).get("type").asText()).isEqualTo("DossierAangemaakt");
        assertThat(inzage.get("gebeurtenissen").get(0).get("data").get("bsn").asText()).isEqualTo(bsn);
        assertThat(inzage.get("toegangslog")).anySatisfy(r ->
                assertThat(r.get("gebruiker").asText()).isEqualTo("stadsteam-oudewater"));
        assertThat(inzage.get("toegangslog")).anySatisfy(r ->
                assertThat(r.get("endpoint").asText()).endsWith("/inzage"));
        // the trajectory and the watchers of its running terms: all of them are about this person
        assertThat(inzage.get("procesinstanties")).filteredOn(p -> p.get("proces").asText()
                .equals("inburgeringstraject")).hasSize(1);
        assertThat(inzage.get("procesinstanties")).allSatisfy(p -> assertThat(p.get("proces").asText())
                .isIn("inburgeringstraject", "termijnbewaking"));
        assertThat(inzage.get("taken")).anySatisfy(t ->
                assertThat(t.get("taak").asText()).isEqualTo("leerbaarheidstoets"));
        assertThat(inzage.get("variabelen")).anySatisfy(v -> {
            assertThat(v.get("naam").asText()).isEqualTo("gemeente");
            assertThat(v.get("waarde").asText()).isEqualTo("OUDEWATER");
        });
    }

    @Test
    void eenPartnerZietGebeurtenissenVanZijnOnderdelenZonderPersoonsnummer() throws Exception {
        String id = open("WOERDEN");
        JsonNode partner = json.readTree(lees("vsgh", "/api/dossiers/" + id + "/gebeurtenissen", null).getBody());
        JsonNode casus = json.readTree(lees("casusregisseur", "/api/dossiers/" + id + "/gebeurtenissen", null)
                .getBody());

        assertThat(casus.get(0).get("data").has("bsn")).isTrue();
        assertThat(partner.get(0).get("type").asText()).isEqualTo("DossierAangemaakt");
        assertThat(partner.get(0).get("data").has("bsn")).isFalse();
        assertThat(partner.get(0).get("data").has("geboortedatum")).isFalse();
        assertThat(partner.get(0).get("data").get("naam").asText()).isEqualTo("Test Inburgeraar");
        assertThat(partner.get(0).has("hash")).isFalse();
    }

    private String open(String gemeente) {
        String id = service.open(TestDossiers.koppeling("GEZINSMIGRANT", gemeente, false), "test").dossierId();
        testDossiers.voerJobsUit();
        return id;
    }

    private ResponseEntity<String> lees(String gebruiker, String pad, String doel) {
        HttpHeaders kop = new HttpHeaders();
        if (doel != null) {
            kop.set(Doel.KOP, doel);
        }
        return http.withBasicAuth(gebruiker, "demo").exchange(pad, HttpMethod.GET, new HttpEntity<>(kop), String.class);
    }
}
