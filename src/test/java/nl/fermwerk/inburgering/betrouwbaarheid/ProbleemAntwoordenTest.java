package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of refusal of our API, answered by the one error handler: its status, title, detail and {@code fouten}
 * exactly as the caller has always received them, whichever module refused. A JSON value of the wrong type names the
 * type the field expects.
 */
@IntegratieTest
class ProbleemAntwoordenTest {

    @LocalServerPort
    int poort;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestDossiers testDossiers;

    private record Probleem(int status, String type, JsonNode body) {

        String titel() {
            return body.path("title").asText();
        }

        String detail() {
            return body.path("detail").asText();
        }

        List<String> velden() {
            return body.path("fouten").findValuesAsText("veld");
        }

        List<String> veldDetails() {
            return body.path("fouten").findValuesAsText("detail");
        }
    }

    private Probleem stuur(Verzoek verzoek) throws Exception {
        HttpResponse<String> antwoord = verzoek.stuur(poort);
        Probleem p = new Probleem(antwoord.statusCode(), antwoord.headers().firstValue("Content-Type").orElse(""),
                json.readTree(antwoord.body()));
        assertThat(p.type()).as(antwoord.body()).startsWith("application/problem+json");
        assertThat(p.body().path("status").asInt()).isEqualTo(p.status());
        return p;
    }

    private Verzoek nieuwDossier(Map<String, Object> koppeling) throws Exception {
        return Verzoek.post("koppeling", "/api/dossiers", json.writeValueAsString(koppeling));
    }

    @Test
    void ongeldigeInvoerNoemtElkVeld() throws Exception {
        Map<String, Object> k = TestDossiers.koppelingsverzoek();
        k.put("doelgroep", "TOERIST");
        k.put("gemeente", "UTRECHT");

        Probleem p = stuur(nieuwDossier(k));

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.titel()).isEqualTo("Ongeldige invoer");
        assertThat(p.velden()).containsExactly("doelgroep", "gemeente");
        assertThat(p.detail())
                .isEqualTo("doelgroep: " + p.veldDetails().get(0) + " gemeente: " + p.veldDetails().get(1));
    }

    @Test
    void eenTweedeOpenDossierVoorHetzelfdeBsn() throws Exception {
        Map<String, Object> k = TestDossiers.koppelingsverzoek();
        assertThat(nieuwDossier(k).stuur(poort).statusCode()).isEqualTo(201);

        Probleem p = stuur(nieuwDossier(k));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.titel()).isEqualTo("Er loopt al een dossier");
        String bestaand = p.body().path("dossierId").asText();
        assertThat(bestaand).startsWith("IB-");
        assertThat(p.detail()).isEqualTo("Voor dit BSN loopt al een open dossier (" + bestaand
                + "); er is niets opgeslagen.");
    }

    @Test
    void eenOnbekendDossier() throws Exception {
        Probleem p = stuur(Verzoek.get("onbekend", "/api/dossiers/IB-0"));

        assertThat(p.status()).isEqualTo(404);
        assertThat(p.titel()).isEqualTo("Dossier niet gevonden");
        assertThat(p.detail()).isEqualTo("Dossier IB-0 bestaat niet.");
    }

    @Test
    void geenToegang() throws Exception {
        String montfoort = testDossiers.open("GEZINSMIGRANT", "MONTFOORT", false);

        Probleem p = stuur(Verzoek.get("ander", "/api/dossiers/" + montfoort).als("vsgh"));

        assertThat(p.status()).isEqualTo(403);
        assertThat(p.titel()).isEqualTo("Geen toegang");
        assertThat(p.detail()).isEqualTo("Uw organisatie heeft in de taakverdeling geen rol in de gemeente van dit "
                + "dossier.");
    }

    @Test
    void eenBerichtDatHetTrajectNuNietVerwacht() throws Exception {
        String id = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        Verzoek ontheffing = Verzoek.post("ontheffing", "/api/dossiers/" + id + "/berichten",
                "{\"bericht\":\"OntheffingVerleend\"}");
        assertThat(ontheffing.stuur(poort).statusCode()).isEqualTo(202);

        Probleem p = stuur(ontheffing);

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.titel()).isEqualTo("Bericht niet verwerkbaar");
        assertThat(p.detail()).isEqualTo("Dossier " + id + " kan dit bericht nu niet verwerken: het traject wacht nu "
                + "niet op OntheffingVerleend (bijvoorbeeld omdat de afsluiting al loopt).");
    }

    @Test
    void eenOnbekendeMigratieEnEenOnbekendeGebruiker() throws Exception {
        Probleem migratie = stuur(Verzoek.get("migratie", "/api/beheer/migraties/bestaat-niet").als("beheer"));
        assertThat(migratie.status()).isEqualTo(404);
        assertThat(migratie.titel()).isEqualTo("Migratie niet gevonden");
        assertThat(migratie.detail()).isEqualTo("Er is geen migratie (batch) met id 'bestaat-niet'.");

        Probleem gebruiker = stuur(Verzoek.post("ontgrendelen", "/api/beheer/gebruikers/niemand/ontgrendelen", null)
                .als("beheer"));
        assertThat(gebruiker.status()).isEqualTo(404);
        assertThat(gebruiker.titel()).isEqualTo("Gebruiker niet gevonden");
        assertThat(gebruiker.detail()).isEqualTo("Gebruiker 'niemand' bestaat niet.");
    }

    @Test
    void verkeerdInhoudstypeEnVerkeerdeMethode() throws Exception {
        Probleem type = stuur(nieuwDossier(TestDossiers.koppelingsverzoek()).metType("text/plain"));
        assertThat(type.status()).isEqualTo(415);
        assertThat(type.titel()).isEqualTo("Verkeerd inhoudstype");
        assertThat(type.detail()).isEqualTo("Stuur de gegevens als application/json.");

        Probleem methode = stuur(new Verzoek("PUT", "PUT", "/api/dossiers", "application/json",
                Verzoek.bytes("{}"), false, "casusregisseur"));
        assertThat(methode.status()).isEqualTo(405);
        assertThat(methode.titel()).isEqualTo("Methode niet toegestaan");
        assertThat(methode.detail()).isEqualTo("Methode PUT is hier niet toegestaan.");

        Probleem multipart = stuur(nieuwDossier(TestDossiers.koppelingsverzoek())
                .metType("multipart/form-data; boundary=x")
                .metInhoud(Verzoek.bytes("--x\r\nkapot")));
        assertThat(multipart.status()).isEqualTo(400);
        assertThat(multipart.titel()).isEqualTo("Onleesbaar verzoek");
        assertThat(multipart.detail())
                .isEqualTo("De inhoud van het verzoek is geen geldig multipart-bericht; stuur JSON.");
    }

    @Test
    void onleesbareJsonOnbekendVeldEnVerkeerdeParameters() throws Exception {
        Probleem kapot = stuur(Verzoek.post("kapot", "/api/dossiers", "{"));
        assertThat(kapot.status()).isEqualTo(400);
        assertThat(kapot.titel()).isEqualTo("Onleesbaar verzoek");
        assertThat(kapot.detail()).isEqualTo("De inhoud van het verzoek is geen geldige JSON of ontbreekt.");

        Map<String, Object> k = TestDossiers.koppelingsverzoek();
        k.put("rol", "admin");
        Probleem onbekend = stuur(nieuwDossier(k));
        assertThat(onbekend.velden()).containsExactly("rol");
        assertThat(onbekend.veldDetails()).containsExactly("Dit veld is onbekend.");

        Probleem pagina = stuur(Verzoek.get("pagina", "/api/dossiers?pagina=abc"));
        assertThat(pagina.status()).isEqualTo(400);
        assertThat(pagina.velden()).containsExactly("pagina");
        assertThat(pagina.veldDetails()).containsExactly("Deze waarde heeft niet het juiste formaat.");

        Probleem zonder = stuur(Verzoek.get("zonder", "/api/toegangslog").als("beheer"));
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.velden()).containsExactly("dossierId");
        assertThat(zonder.veldDetails()).containsExactly("Deze parameter is verplicht.");
    }

    @Test
    void eenJsonWaardeVanHetVerkeerdeTypeNoemtHetVerwachteType() throws Exception {
        Map<String, Object> bsn = TestDossiers.koppelingsverzoek();
        bsn.put("bsn", Long.parseLong((String) bsn.get("bsn")));
        assertThat(veldDetail(bsn, "bsn")).isEqualTo("Het type klopt niet: verwacht tekst tussen "
                + "aanhalingstekens, geen getal, true/false, lijst of object.");

        Map<String, Object> datum = TestDossiers.koppelingsverzoek();
        datum.put("geboortedatum", 19960412);
        assertThat(veldDetail(datum, "geboortedatum")).isEqualTo("Het formaat klopt niet: verwacht een datum "
                + "als tekst in de vorm jjjj-mm-dd, bijvoorbeeld \"1996-04-12\".");
        datum.put("geboortedatum", "12-04-1996");
        assertThat(veldDetail(datum, "geboortedatum")).isEqualTo("Het formaat klopt niet: verwacht een datum "
                + "als tekst in de vorm jjjj-mm-dd, bijvoorbeeld \"1996-04-12\".");

        Map<String, Object> uitkering = TestDossiers.koppelingsverzoek();
        uitkering.put("uitkering", "misschien");
        assertThat(veldDetail(uitkering, "uitkering")).isEqualTo("Het formaat klopt niet: verwacht true of "
                + "false, zonder aanhalingstekens.");
    }

    private String veldDetail(Map<String, Object> koppeling, String veld) throws Exception {
        Probleem p = stuur(nieuwDossier(koppeling));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.titel()).isEqualTo("Ongeldige invoer");
        assertThat(p.velden()).containsExactly(veld);
        assertThat(p.detail()).isEqualTo(veld + ": " + p.veldDetails().get(0));
        return p.veldDetails().get(0);
    }
}
