package nl.fermwerk.inburgering.betrouwbaarheid;

import static nl.fermwerk.inburgering.betrouwbaarheid.Verzoek.get;
import static nl.fermwerk.inburgering.betrouwbaarheid.Verzoek.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.Tellingen;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bad-input suite: well over a hundred malformed, hostile or oversized requests against our API and the engine's
 * REST API. Each must be answered 4xx (problem+json on our API, the engine's JSON error on /engine-rest), never
 * 5xx, and must leave every row count exactly as it was: nothing half stored.
 */
@IntegratieTest
class OngeldigeInvoerTest {

    private static final String DOSSIERS = "/api/dossiers";
    private static final int MB = 1024 * 1024;

    /** A dossier waiting at pipOpstellen, made once for the whole suite. */
    private static String dossierId;
    private static String pipTaakId;

    @LocalServerPort
    int poort;
    @Autowired
    Tellingen tellingen;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void dossierBijPip() {
        if (pipTaakId != null && taken.createTaskQuery().taskId(pipTaakId).count() == 1) {
            return;
        }
        dossierId = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        String vandaag = Klok.vandaag().toString();
        for (int stap = 0; stap < 20; stap++) {
            Task pip = testDossiers.taak(dossierId, "pipOpstellen");
            if (pip != null) {
                pipTaakId = pip.getId();
                return;
            }
            Task open = taken.createTaskQuery().processInstanceBusinessKey(dossierId).list().get(0);
            Map<String, Object> data = new LinkedHashMap<>();
            for (String naam : List.of("datumOverdracht", "datumToets", "datumBredeIntake", "datumInschrijving",
                    "datumRegeldag", "datumAanvraag", "datumBudgetbeheer")) {
                data.put(naam, vandaag);
            }
            testDossiers.rondAf(dossierId, open.getTaskDefinitionKey(), data);
        }
        throw new AssertionError("Dossier " + dossierId + " bereikt pipOpstellen niet");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("verzoeken")
    void elkOngeldigVerzoekKrijgt4xxEnSlaatNietsOp(Verzoek verzoek) throws Exception {
        Verzoek echt = new Verzoek(verzoek.naam(), verzoek.methode(),
                verzoek.pad().replace("{dossier}", dossierId).replace("{taak}", pipTaakId), verzoek.inhoudstype(),
                verzoek.inhoud(), verzoek.gestreamd(), verzoek.gebruiker());
        Map<String, Long> voor = tellingen.nu();

        HttpResponse<String> antwoord = echt.stuur(poort);

        assertThat(antwoord.statusCode()).as("status van %s: %s", verzoek, antwoord.body()).isBetween(400, 499);
        String type = antwoord.headers().firstValue("Content-Type").orElse("");
        if (echt.pad().contains("/../")) {
            // The server resolves ".." before routing: the request leaves the API and must simply not be served
            assertThat(antwoord.body()).doesNotContain("root:");
        } else if (echt.pad().startsWith("/api/")) {
            assertThat(type).as("inhoudstype van %s", verzoek).startsWith("application/problem+json");
            JsonNode body = json.readTree(antwoord.body());
            assertThat(body.path("status").asInt()).isEqualTo(antwoord.statusCode());
            assertThat(body.path("title").asText()).isNotBlank();
            assertThat(body.path("detail").asText()).isNotBlank();
        } else {
            assertThat(type).as("inhoudstype van %s: %s", verzoek, antwoord.body()).contains("json");
            assertThat(json.readTree(antwoord.body()).isObject()).isTrue();
        }
        assertThat(antwoord.body()).doesNotContain("Exception:").doesNotContain("\tat ");
        assertThat(tellingen.nu()).as("rijen na %s", verzoek).isEqualTo(voor);
        assertThat(taken.createTaskQuery().taskId(pipTaakId).count()).as("de PIP-taak staat nog open").isEqualTo(1);
    }

    @Test
    void deSuiteTeltMeerDanHonderdVerzoeken() {
        assertThat(verzoeken().count()).isGreaterThanOrEqualTo(100);
    }

    static Stream<Verzoek> verzoeken() {
        List<Verzoek> v = new ArrayList<>();
        v.addAll(kapotteJson());
        v.addAll(ontbrekendeVelden());
        v.addAll(verkeerdeTypen());
        v.addAll(ongeldigeBsn());
        v.addAll(onbekendeCodes());
        v.addAll(datumsBuitenBereik());
        v.addAll(groteVerzoeken());
        v.addAll(injecties());
        v.addAll(verkeerdeInhoudstypen());
        v.addAll(getVerzoeken());
        v.addAll(taakAfrondingen());
        return v.stream();
    }

    // ---- POST /api/dossiers ------------------------------------------------------------------------------------

    /** A valid koppeling as a mutable map, always with the same valid BSN; each case breaks it in one way. */
    static Map<String, Object> geldig() {
        Map<String, Object> k = TestDossiers.koppelingsverzoek();
        k.put("bsn", "111222333");
        return k;
    }

    /** The valid koppeling with one field replaced; the BSN is always an invalid one so nothing can be stored. */
    static Verzoek met(String naam, String veld, Object waarde) {
        Map<String, Object> k = geldig();
        k.put("bsn", "123456780");
        k.put(veld, waarde);
        return post(naam, DOSSIERS, schrijf(k));
    }

    /** The koppeling with one field replaced and a valid-looking BSN: only that field makes it invalid. */
    static Verzoek alleen(String naam, String veld, Object waarde) {
        Map<String, Object> k = geldig();
        k.put(veld, waarde);
        return post(naam, DOSSIERS, schrijf(k));
    }

    static String schrijf(Object waarde) {
        try {
            return new ObjectMapper().writeValueAsString(waarde);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Verzoek> kapotteJson() {
        String geldig = schrijf(geldig());
        return List.of(
                post("lege body", DOSSIERS, ""),
                post("alleen spaties", DOSSIERS, "   \n\t "),
                post("open accolade", DOSSIERS, "{"),
                post("afgebroken halverwege", DOSSIERS, geldig.substring(0, geldig.length() / 2)),
                post("geen JSON maar tekst", DOSSIERS, "bsn=111222333&naam=Amina"),
                post("enkele aanhalingstekens", DOSSIERS, "{'bsn':'111222333'}"),
                post("komma achteraan", DOSSIERS, geldig.substring(0, geldig.length() - 1) + ",}"),
                post("NaN als waarde", DOSSIERS, "{\"bsn\": NaN}"),
                post("commentaar in JSON", DOSSIERS, "/* x */" + geldig),
                post("twee objecten achter elkaar", DOSSIERS, geldig + geldig),
                post("JSON null", DOSSIERS, "null"),
                post("leeg array", DOSSIERS, "[]"),
                post("array in plaats van object", DOSSIERS, "[" + geldig + "]"),
                post("string in plaats van object", DOSSIERS, "\"" + geldig.replace("\"", "\\\"") + "\""),
                post("getal in plaats van object", DOSSIERS, "42"),
                post("boolean in plaats van object", DOSSIERS, "true"),
                post("dubbele sleutel bsn", DOSSIERS, "{\"bsn\":\"111222333\"," + geldig.substring(1)),
                post("dubbele sleutel gemeente", DOSSIERS, geldig.substring(0, geldig.length() - 1)
                        + ",\"gemeente\":\"OUDEWATER\"}"),
                post("onbekend veld", DOSSIERS, geldig.substring(0, geldig.length() - 1) + ",\"rol\":\"admin\"}"),
                post("ongeldige UTF-8", DOSSIERS, null).metInhoud(new byte[]{'{', '"', 'b', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                post("diep geneste arrays", DOSSIERS, "{\"naam\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
                post("leeg object", DOSSIERS, "{}"));
    }

    static List<Verzoek> ontbrekendeVelden() {
        List<Verzoek> v = new ArrayList<>();
        for (String veld : List.of("bsn", "naam", "geboortedatum", "doelgroep", "gemeente", "datumKoppeling",
                "uitkering")) {
            Map<String, Object> k = geldig();
            k.remove(veld);
            v.add(post("ontbrekend veld " + veld, DOSSIERS, schrijf(k)));
            Map<String, Object> nul = geldig();
            nul.put(veld, null);
            v.add(post("veld " + veld + " is null", DOSSIERS, schrijf(nul)));
        }
        return v;
    }

    static List<Verzoek> verkeerdeTypen() {
        return List.of(
                alleen("bsn als object", "bsn", Map.of("nummer", "111222333")),
                alleen("bsn als array", "bsn", List.of("111222333")),
                alleen("naam als array", "naam", List.of("Amina", "Yusuf")),
                alleen("naam als object", "naam", Map.of("voornaam", "Amina")),
                alleen("geboortedatum als getal", "geboortedatum", 19960412),
                alleen("geboortedatum als dd-mm-jjjj", "geboortedatum", "12-04-1996"),
                alleen("geboortedatum maand 13", "geboortedatum", "1996-13-01"),
                alleen("geboortedatum 30 februari", "geboortedatum", "1996-02-30"),
                alleen("geboortedatum als tijdstip", "geboortedatum", "1996-04-12T10:00:00Z"),
                alleen("datumKoppeling als tekst", "datumKoppeling", "gisteren"),
                alleen("datumKoppeling als boolean", "datumKoppeling", true),
                alleen("uitkering als tekst", "uitkering", "misschien"),
                alleen("uitkering als object", "uitkering", Map.of("ja", true)),
                alleen("uitkering als array", "uitkering", List.of(true)),
                alleen("doelgroep als array", "doelgroep", List.of("ASIELSTATUSHOUDER")),
                alleen("gemeente als getal", "gemeente", 12));
    }

    static List<Verzoek> ongeldigeBsn() {
        List<Verzoek> v = new ArrayList<>();
        for (String bsn : List.of("123456789", "12345678", "1234567890", "abcdefghi", "000000000", "11122233a",
                "-11122233", "111 222 33", "111.222.333", "１１１２２２３３３", "", "   ")) {
            v.add(alleen("ongeldig BSN '" + bsn + "'", "bsn", bsn));
        }
        v.add(alleen("BSN als getal zonder elfproef", "bsn", 123456789));
        return v;
    }

    static List<Verzoek> onbekendeCodes() {
        return List.of(
                alleen("onbekende doelgroep", "doelgroep", "TOERIST"),
                alleen("doelgroep in kleine letters", "doelgroep", "asielstatushouder"),
                alleen("doelgroep leeg", "doelgroep", ""),
                alleen("onbekende gemeente", "gemeente", "UTRECHT"),
                alleen("gemeente in kleine letters", "gemeente", "woerden"),
                alleen("gemeente met spatie", "gemeente", "WOERDEN "),
                alleen("gemeente als volgnummer", "gemeente", "0"),
                post("gezinsmigrant met uitkering", DOSSIERS, schrijf(zet(zet(geldig(), "doelgroep", "GEZINSMIGRANT"),
                        "uitkering", true))));
    }

    static List<Verzoek> datumsBuitenBereik() {
        LocalDate vandaag = LocalDate.now();
        return List.of(
                alleen("geboortedatum in de toekomst", "geboortedatum", vandaag.plusYears(1).toString()),
                alleen("geboren in 1800", "geboortedatum", "1800-01-01"),
                alleen("tien jaar oud", "geboortedatum", vandaag.minusYears(10).toString()),
                alleen("geboortedatum jaar 0", "geboortedatum", "0000-01-01"),
                alleen("geboortedatum jaar 9999", "geboortedatum", "9999-12-31"),
                alleen("geboortedatum extreem jaar", "geboortedatum", "+999999999-12-31"),
                alleen("datumKoppeling in de toekomst", "datumKoppeling", vandaag.plusDays(30).toString()),
                alleen("datumKoppeling voor de wet", "datumKoppeling", "2021-12-31"),
                alleen("datumKoppeling in 1970", "datumKoppeling", "1970-01-01"),
                alleen("datumKoppeling jaar 10000", "datumKoppeling", "10000-01-01"));
    }

    static List<Verzoek> groteVerzoeken() {
        String groot = "x".repeat(MB + 10);
        return List.of(
                alleen("naam van meer dan 1 MB", "naam", groot),
                post("1,5 MB witruimte", DOSSIERS, " ".repeat(MB + MB / 2) + schrijf(geldig())),
                alleen("naam van meer dan 1 MB, gestreamd", "naam", groot).streamen(),
                post("2 MB onzin, gestreamd", DOSSIERS, "[" + "1,".repeat(MB) + "1]").streamen(),
                alleen("naam van 300 tekens", "naam", "A".repeat(300)),
                alleen("naam van 100.000 tekens", "naam", "B".repeat(100_000)),
                alleen("bsn van 10.000 cijfers", "bsn", "1".repeat(10_000)),
                alleen("gemeente van 50.000 tekens", "gemeente", "W".repeat(50_000)));
    }

    static List<Verzoek> injecties() {
        return List.of(
                alleen("SQL in bsn", "bsn", "1' OR '1'='1"),
                alleen("SQL in gemeente", "gemeente", "WOERDEN'; DROP TABLE dossier;--"),
                alleen("SQL in doelgroep", "doelgroep", "ASIELSTATUSHOUDER\" OR 1=1 --"),
                met("SQL in naam (met ongeldig BSN)", "naam", "Robert'); DROP TABLE gebeurtenis;--"),
                alleen("script in doelgroep", "doelgroep", "<script>alert(1)</script>"),
                met("script in naam (met ongeldig BSN)", "naam", "<img src=x onerror=alert(1)>"),
                alleen("pad in gemeente", "gemeente", "../../etc/passwd"),
                alleen("NUL in naam", "naam", "Amina\u0000Yusuf"),
                alleen("escape-reeks in naam", "naam", "Amina\u001b[31mYusuf"),
                alleen("regeleinde in naam", "naam", "Amina\r\nX-Injectie: ja"),
                alleen("tab en backspace in naam", "naam", "Amina\t\bYusuf"),
                alleen("C1-stuurteken in naam", "naam", "Amina\u0085Yusuf"),
                alleen("rechts-naar-links in gemeente", "gemeente", "\u202eNEDREOW"),
                alleen("nulbreedte in gemeente", "gemeente", "WOER\u200bDEN"),
                alleen("JNDI-lookup in doelgroep", "doelgroep", "${jndi:ldap://x/a}"),
                alleen("expressie in doelgroep", "doelgroep", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
                alleen("EL in gemeente", "gemeente", "${execution.setVariable('x',1)}"));
    }

    static List<Verzoek> verkeerdeInhoudstypen() {
        String geldig = schrijf(geldig());
        return List.of(
                post("text/plain", DOSSIERS, geldig).metType("text/plain"),
                post("XML", DOSSIERS, "<dossier><bsn>111222333</bsn></dossier>").metType("application/xml"),
                post("formulier", DOSSIERS, "bsn=111222333").metType("application/x-www-form-urlencoded"),
                post("multipart", DOSSIERS, "--x\r\n\r\n" + geldig + "\r\n--x--").metType("multipart/form-data; boundary=x"),
                post("geen inhoudstype", DOSSIERS, geldig).metType(null),
                post("javascript", DOSSIERS, geldig).metType("application/javascript"),
                post("onzin-inhoudstype", DOSSIERS, geldig).metType("dit/is-geen-type"),
                post("partner mag geen dossier openen", DOSSIERS, geldig).als("vsgh"),
                post("manager mag geen dossier openen", DOSSIERS, geldig).als("manager"),
                new Verzoek("PUT op de lijst", "PUT", DOSSIERS, "application/json", Verzoek.bytes(geldig), false,
                        "casusregisseur"),
                new Verzoek("DELETE op een dossier", "DELETE", DOSSIERS + "/{dossier}", null, null, false,
                        "casusregisseur"),
                new Verzoek("PATCH op een dossier", "PATCH", DOSSIERS + "/{dossier}", "application/json",
                        Verzoek.bytes("{\"naam\":\"X\"}"), false, "casusregisseur"));
    }

    // ---- GET endpoints and query parameters ------------------------------------------------------------------

    static List<Verzoek> getVerzoeken() {
        return List.of(
                get("pagina negatief", DOSSIERS + "?pagina=-1"),
                get("pagina geen getal", DOSSIERS + "?pagina=abc"),
                get("pagina te groot voor int", DOSSIERS + "?pagina=99999999999"),
                get("grootte 0", DOSSIERS + "?grootte=0"),
                get("grootte 100000", DOSSIERS + "?grootte=100000"),
                get("grootte als breuk", DOSSIERS + "?grootte=1.5"),
                get("onbekende gemeente in filter", DOSSIERS + "?gemeente=UTRECHT"),
                get("SQL in gemeentefilter", DOSSIERS + "?gemeente=" + enc("' OR 1=1--")),
                get("onbekend dossier", DOSSIERS + "/IB-0"),
                get("SQL als dossiernummer", DOSSIERS + "/" + enc("'; DROP TABLE dossier;--")),
                get("script als dossiernummer", DOSSIERS + "/" + enc("<script>alert(1)</script>")),
                get("dossiernummer van 3000 tekens", DOSSIERS + "/" + "9".repeat(3000)),
                get("gebeurtenissen van onbekend dossier", DOSSIERS + "/IB-0/gebeurtenissen"),
                get("peildatum in de toekomst", DOSSIERS + "/{dossier}?peildatum=2999-01-01"),
                get("peildatum geen datum", DOSSIERS + "/{dossier}?peildatum=gisteren"),
                get("peildatum 30 februari", DOSSIERS + "/{dossier}?peildatum=2026-02-30"),
                get("peildatum met SQL", DOSSIERS + "/{dossier}?peildatum=" + enc("2026-01-01' OR '1'='1")),
                get("peildatum voor het dossier bestond", DOSSIERS + "/{dossier}?peildatum=2022-01-01"),
                get("padtraversal", DOSSIERS + "/../../etc/passwd"),
                get("padtraversal met puntkomma", DOSSIERS + "/..;/..;/etc/passwd"),
                get("gecodeerde padtraversal", DOSSIERS + "/%2e%2e/%2e%2e/etc/passwd"),
                get("dubbel gecodeerde slash", DOSSIERS + "/IB-1%252F..%252F..%252Fetc"),
                // a partner may list the dossiers of its own gemeenten (toegang.DossierToegang); management sees aggregates only
                get("management mag de dossierlijst niet zien", DOSSIERS).als("manager"),
                get("integriteitscontrole alleen voor beheer", "/api/beheer/integriteit"));
    }

    // ---- engine REST: task completion ------------------------------------------------------------------------

    static Verzoek afronden(String naam, String json) {
        return post(naam, "/engine-rest/task/{taak}/complete", json);
    }

    static String variabelen(String leerroute, String leerrouteType, String pipDatum, String datumType) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (leerroute != null) {
            vars.put("leerroute", Map.of("value", leerroute, "type", leerrouteType));
        }
        if (pipDatum != null) {
            vars.put("pipDatum", Map.of("value", pipDatum, "type", datumType));
        }
        return schrijf(Map.of("variables", vars));
    }

    static List<Verzoek> taakAfrondingen() {
        String vandaag = LocalDate.now().toString();
        return List.of(
                post("onbekende taak", "/engine-rest/task/bestaat-niet/complete", variabelen("B1", "String", vandaag, "String")),
                afronden("zonder variabelen", "{}"),
                afronden("lege variabelen", "{\"variables\":{}}"),
                afronden("zonder leerroute", variabelen(null, null, vandaag, "String")),
                afronden("zonder pipDatum", variabelen("B1", "String", null, null)),
                afronden("onbekende leerroute", variabelen("C1", "String", vandaag, "String")),
                afronden("leerroute in kleine letters", variabelen("b1", "String", vandaag, "String")),
                afronden("leerroute leeg", variabelen("", "String", vandaag, "String")),
                afronden("leerroute als getal", variabelen("1", "Integer", vandaag, "String")),
                afronden("leerroute met SQL", variabelen("B1'; DROP TABLE gebeurtenis;--", "String", vandaag, "String")),
                afronden("pipDatum geen datum", variabelen("B1", "String", "gisteren", "String")),
                afronden("pipDatum in de toekomst", variabelen("B1", "String", "2999-01-01", "String")),
                afronden("pipDatum als boolean", variabelen("B1", "String", "true", "Boolean")),
                afronden("pipDatum als ongeldige Date", variabelen("B1", "String", "31-12-2026", "Date")),
                afronden("leerroute met onbekend type", variabelen("B1", "Onzin", vandaag, "String")),
                afronden("getal dat geen getal is", variabelen("abc", "Integer", vandaag, "String")),
                afronden("variabelen als array", "{\"variables\":[1,2,3]}"),
                afronden("kapotte JSON", "{\"variables\":{"),
                afronden("Java-serialisatie", "{\"variables\":{\"leerroute\":{\"value\":\"rO0ABXQAAkIx\","
                        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"),
                afronden("afronden als text/plain", variabelen("B1", "String", vandaag, "String")).metType("text/plain"),
                afronden("afronden met 2 MB", "{\"variables\":{\"x\":{\"value\":\"" + "y".repeat(2 * MB)
                        + "\",\"type\":\"String\"}}}"),
                afronden("partner mag PIP niet afronden", variabelen("B1", "String", vandaag, "String")).als("vsgh"),
                get("takenlijst met onzin-sortering", "/engine-rest/task?sortBy=onzin&sortOrder=asc"),
                get("takenlijst met ongeldige datum", "/engine-rest/task?dueAfter=morgen"),
                get("takenlijst met ongeldig maxResults", "/engine-rest/task?maxResults=abc"),
                get("onbekende taak opvragen", "/engine-rest/task/bestaat-niet"));
    }

    private static Map<String, Object> zet(Map<String, Object> k, String veld, Object waarde) {
        k.put(veld, waarde);
        return k;
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
