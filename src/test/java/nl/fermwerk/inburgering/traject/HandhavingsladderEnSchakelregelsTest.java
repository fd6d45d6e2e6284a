package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The amounts of the handhaving ladder (table boeteregels), switching leerroute (table schakelen) and afschalen (table
 * afschalen), read from the tables as a beleidsmedewerker deploys them.
 */
class HandhavingsladderEnSchakelregelsTest {

    private static DmnEngine dmn;
    private static DmnDecision boeteregels;
    private static DmnDecision schakelen;
    private static DmnDecision afschalen;

    @BeforeAll
    static void leesTabellen() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream("processes/boeteregels.dmn")) {
            boeteregels = dmn.parseDecision("boeteregels", in);
        }
        try (InputStream in = new FileInputStream("processes/schakelen.dmn")) {
            schakelen = dmn.parseDecision("schakelen", in);
        }
        try (InputStream in = new FileInputStream("processes/schakelen.dmn")) {
            afschalen = dmn.parseDecision("afschalen", in);
        }
    }

    @Test
    void artikel22KentGesprekWaarschuwingEnTweeBoetesVan250() {
        assertThat(boete("ART_22", "GESPREK")).containsEntry("minimum", 0.0).containsEntry("maximum", 0.0);
        assertThat(boete("ART_22", "SCHRIFTELIJKE_WAARSCHUWING")).containsEntry("maximum", 0.0);
        assertThat(boete("ART_22", "EERSTE_BOETE")).containsEntry("minimum", 250.0).containsEntry("maximum", 250.0)
                .containsEntry("pipZonderInbreng", false);
        assertThat(boete("ART_22", "TWEEDE_BOETE")).containsEntry("minimum", 250.0).containsEntry("maximum", 250.0)
                .containsEntry("pipZonderInbreng", true);
        // The task handhaving of before the ladder names no step: the boete step
        assertThat(boete("ART_22", null)).containsEntry("minimum", 250.0).containsEntry("maximum", 250.0);
    }

    @Test
    void artikel23IsTenHoogste800() {
        assertThat(boete("ART_23", "BOETE")).containsEntry("minimum", 0.01).containsEntry("maximum", 800.0);
        assertThat(boete("ART_23", null)).containsEntry("maximum", 800.0);
        assertThat(boete("GEEN", null)).containsEntry("maximum", 0.0);
    }

    @Test
    void vanOnderwijsNaarB1AlleenZolangDeInburgeringstermijnLoopt() {
        assertThat(schakel("ONDERWIJS", "B1", "2026-01-01", "2028-06-01", true)).isTrue();
        assertThat(schakel("ONDERWIJS", "B1", "2026-01-01", "2029-06-01", false)).isFalse();
        assertThat(schakel("B1", "Z", "2026-01-01", "2027-06-01", true)).isTrue();
        assertThat(schakel("B1", "Z", "2026-01-01", "2027-08-01", true)).isFalse();
        assertThat(schakel("Z", "Z", "2026-01-01", "2029-06-01", false)).isTrue();
    }

    @Test
    void afschalenAlleenInDeB1RouteNa600LesurenEnVoldoendeInzet() {
        assertThat(afschaal("B1", 600, true)).isTrue();
        assertThat(afschaal("B1", 599, true)).isFalse();
        assertThat(afschaal("B1", 800, false)).isFalse();
        assertThat(afschaal("Z", 800, true)).isFalse();
        assertThat(afschaal("ONDERWIJS", 800, true)).isFalse();
    }

    private static Map<String, Object> boete(String artikel, String stap) {
        DmnDecisionResultEntries regel = dmn.evaluateDecision(boeteregels, Variables.createVariables()
                .putValue("boeteArtikel", artikel).putValue("handhavingsstap", stap)).getFirstResult();
        return regel.getEntryMap();
    }

    private static boolean schakel(String vorige, String nieuwe, String pip, String peil, boolean termijnLoopt) {
        return dmn.evaluateDecision(schakelen, Variables.createVariables().putValue("vorigeLeerroute", vorige)
                .putValue("leerroute", nieuwe).putValue("pipDatum", pip).putValue("peildatum", peil)
                .putValue("binnenInburgeringstermijn", termijnLoopt)).getFirstResult().getEntry("toegestaan");
    }

    private static boolean afschaal(String route, double lesuren, boolean inspanningen) {
        return dmn.evaluateDecision(afschalen, Variables.createVariables().putValue("leerroute", route)
                .putValue("lesuren", lesuren).putValue("aanzienlijkeInspanningen", inspanningen)).getFirstResult()
                .getEntry("toegestaan");
    }
}
