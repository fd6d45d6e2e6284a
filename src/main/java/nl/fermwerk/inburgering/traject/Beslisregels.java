package nl.fermwerk.inburgering.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.dossier.Dossiernummer;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Rules between decision variables and the dossier that the beleidsmedewerker keeps in DMN: the limits of a boete per
 * step of the ladder (table {@code boeteregels}), whether a bijstelling may switch the leerroute (table
 * {@code schakelen}) or afschalen (table {@code afschalen}), the minimum hours to close an onderdeel (table
 * {@code onderdelen}), and, where the model asks for it, whether the dossier supports the afsluiting's resultaat
 * ({@link Afsluitingscontrole}). A decision outside the rules stops the completion with a Dutch reason that names the
 * field; nothing is stored.
 */
@Component
public class Beslisregels {

    public static final String BOETEREGELS = "boeteregels";
    public static final String SCHAKELEN = "schakelen";
    public static final String AFSCHALEN = "afschalen";

    /** The evaluatieOntzorgen answer that ends financieel ontzorgen. */
    static final String ONTZORGEN_BEEINDIGEN = "BEEINDIGEN";

    /** The three vaste lasten financieel ontzorgen pays (docs/domein.md, "Terms"). */
    static final String[] VASTE_LASTEN = {"huurBetaald", "energieBetaald", "zorgverzekeringBetaald"};

    private final Gebeurtenissen gebeurtenissen;
    /** Built after the engine, which needs this class: looked up on first use. */
    private final ObjectProvider<Onderdelen> onderdelen;
    private final ObjectProvider<Afsluitingscontrole> afsluiting;

    public Beslisregels(Gebeurtenissen gebeurtenissen, ObjectProvider<Onderdelen> onderdelen,
                        ObjectProvider<Afsluitingscontrole> afsluiting) {
        this.gebeurtenissen = gebeurtenissen;
        this.onderdelen = onderdelen;
        this.afsluiting = afsluiting;
    }

    void controleer(DelegateTask taak, Map<String, Object> data, String afrondingscontrole) {
        if (ONTZORGEN_BEEINDIGEN.equals(data.get("conclusieOntzorgen"))) {
            ontzorgenBeeindigen(taak);
        }
        if (data.containsKey("boeteArtikel") && data.containsKey("boeteBedrag")) {
            boete(taak, data);
        }
        Dossierverloop dossier = null;
        if (data.containsKey("leerroute") && taak.hasVariable("vorigeLeerroute")) {
            dossier = dossier(taak, dossier);
            schakelen(taak, (String) taak.getVariable("vorigeLeerroute"), (String) data.get("leerroute"),
                    !dossier.inburgeringstermijnVerstreken());
        }
        if (data.containsKey("pipDatum")) {
            dossier = dossier(taak, dossier);
            pipDatum(LocalDate.parse(String.valueOf(data.get("pipDatum")).substring(0, 10)), dossier);
        }
        // Afschalen is a decision of the bijstelling, which also decides the leerroute; an exam result at A2
        // (examenuitslag, after afschalen) only reports the level taken
        if (Dossierverloop.AFGESCHAALD_NIVEAU.equals(data.get("examenniveau")) && data.containsKey("leerroute")) {
            dossier = dossier(taak, dossier);
            afschalen(taak, dossier, data);
        }
        if (data.containsKey("praktijkUren") && !Boolean.FALSE.equals(jaNee(data.get("mapAfgerond")))) {
            dossier = dossier(taak, dossier);
            uren(dossier, Routeonderdeel.MAP, getal(data.get("praktijkUren")), "praktijkUren");
        }
        if (data.containsKey("participatieUren") && Boolean.TRUE.equals(jaNee(data.get("participatieAfgerond")))) {
            dossier = dossier(taak, dossier);
            uren(dossier, Routeonderdeel.PARTICIPATIE, getal(data.get("participatieUren")), "participatieUren");
        }
        if ("TOEGEKEND".equals(data.get("toekenning")) && leeg(taak.getVariable("ingangsdatumBijstand"))) {
            throw new OngeldigeBeslissingException("ingangsdatumBijstand",
                    "is verplicht als de bijstand is toegekend.");
        }
        if ("JA".equals(data.get("toeleidingStatus"))) {
            for (String veld : new String[] {"datumStartWerk", "instrument"}) {
                if (leeg(taak.getVariable(veld))) {
                    throw new OngeldigeBeslissingException(veld, "is verplicht als de inburgeraar is toegeleid naar werk.");
                }
            }
        } else if (data.containsKey("toeleidingStatus") && Boolean.TRUE.equals(jaNee(data.get("uitstroomWerk")))) {
            // The uitstroom figure counts dated work: work without "ja" and its start date would count nothing
            throw new OngeldigeBeslissingException("uitstroomWerk", "kan alleen bij 'Toegeleid naar werk: ja', met de "
                    + "datum start.");
        }
        for (String vasteLast : VASTE_LASTEN) {
            if (data.containsKey(vasteLast) && !Boolean.TRUE.equals(jaNee(data.get(vasteLast)))) {
                throw new OngeldigeBeslissingException(vasteLast, "financieel ontzorgen betaalt huur, energie en "
                        + "zorgverzekering uit de uitkering; budgetbeheer is pas ingesteld als alle drie lopen.");
            }
        }
        if (Afsluitingscontrole.CONTROLE.equals(afrondingscontrole)) {
            dossier = dossier(taak, dossier);
            afsluiting.getObject().controleer(String.valueOf(data.get("resultaat")), dossier);
        }
    }

    /**
     * Financieel ontzorgen lasts at least the term ONTZORGEN of the table termijnen (Wet inburgering 2021: six months
     * from the start of budgetbeheer); ending it earlier is refused, naming the first day it may end.
     */
    private void ontzorgenBeeindigen(DelegateTask taak) {
        String dossierId = taak.getExecution() == null ? null : taak.getExecution().getProcessBusinessKey();
        if (dossierId == null) {
            return;
        }
        Termijnbewaking.vervaldatum(taak.getProcessEngineServices(), dossierId, "ONTZORGEN").filter(einde -> Klok.vandaag().isBefore(einde))
                .ifPresent(einde -> {
                    throw new OngeldigeBeslissingException("conclusieOntzorgen", "Financieel ontzorgen duurt ten "
                            + "minste tot " + einde + " en kan niet eerder worden beëindigd; kies VOORTZETTEN of "
                            + "AFBOUWEN, of beëindig op of na " + einde + ".");
                });
    }

    private Dossierverloop dossier(DelegateTask taak, Dossierverloop al) {
        return al != null ? al : Dossierverloop.van(gebeurtenissen.vanDossier(Dossiernummer.van(taak.getExecution())));
    }

    /** The PIP's dagtekening cannot lie before the koppeling or melding, nor before the brede intake. */
    private static void pipDatum(LocalDate pipDatum, Dossierverloop dossier) {
        if (dossier.datumKoppeling() != null && pipDatum.isBefore(dossier.datumKoppeling())) {
            throw new OngeldigeBeslissingException("pipDatum", "mag niet voor de datum van koppeling of melding ("
                    + dossier.datumKoppeling() + ") liggen.");
        }
        if (dossier.datumBredeIntake() != null && pipDatum.isBefore(dossier.datumBredeIntake())) {
            throw new OngeldigeBeslissingException("pipDatum", "mag niet voor de brede intake ("
                    + dossier.datumBredeIntake() + ") liggen.");
        }
    }

    private void uren(Dossierverloop dossier, Routeonderdeel code, BigDecimal dezeUren, String veld) {
        Optional<Onderdeel> onderdeel = onderdelen.getObject().van(dossier).stream()
                .filter(o -> o.code() == code).findFirst();
        onderdeel.ifPresent(o -> Urenregels.controleerSluiten(o, dossier, dezeUren, veld));
    }

    private static void boete(DelegateTask taak, Map<String, Object> data) {
        String artikel = (String) data.get("boeteArtikel");
        BigDecimal bedrag = (BigDecimal) data.get("boeteBedrag");
        Object stap = data.get("handhavingsstap");
        DmnDecisionResultEntries regel = evalueer(taak, BOETEREGELS, Variables.createVariables()
                .putValue("boeteArtikel", artikel).putValue("handhavingsstap", stap == null ? null : stap.toString()));
        BigDecimal minimum = new BigDecimal(String.valueOf(regel.get("minimum")));
        BigDecimal maximum = new BigDecimal(String.valueOf(regel.get("maximum")));
        Object besluit = data.get("besluit");
        if (besluit != null && !Feit.HandhavingsbesluitGenomen.BOETE.equals(besluit)) {
            // A maatregel or afzien is no boete: its amount is nil whatever the step would allow
            minimum = BigDecimal.ZERO;
            maximum = BigDecimal.ZERO;
        }
        if (bedrag.compareTo(minimum) < 0 || bedrag.compareTo(maximum) > 0) {
            throw new OngeldigeBeslissingException("boeteBedrag", (besluit != null
                    && !Feit.HandhavingsbesluitGenomen.BOETE.equals(besluit)
                    ? "Bij besluit " + besluit + " is er geen boete: het bedrag is 0." : regel.get("toelichting"))
                    + " Ingevuld: EUR " + bedrag.toPlainString() + "; de boete is niet opgelegd.");
        }
    }

    private static void schakelen(DelegateTask taak, String vorige, String nieuwe, boolean binnenInburgeringstermijn) {
        Object pipDatum = taak.getVariable("pipDatum");
        DmnDecisionResultEntries regel = evalueer(taak, SCHAKELEN, Variables.createVariables()
                .putValue("vorigeLeerroute", vorige).putValue("leerroute", nieuwe)
                .putValue("pipDatum", String.valueOf(pipDatum).substring(0, 10))
                .putValue("peildatum", Klok.vandaag().toString())
                .putValue("binnenInburgeringstermijn", binnenInburgeringstermijn));
        if (!Boolean.TRUE.equals(regel.get("toegestaan"))) {
            throw new OngeldigeBeslissingException("leerroute", "Schakelen van " + vorige + " naar " + nieuwe
                    + " is geweigerd. " + regel.get("reden"));
        }
    }

    private static void afschalen(DelegateTask taak, Dossierverloop dossier, Map<String, Object> data) {
        Object leerroute = data.getOrDefault("leerroute", dossier.leerroute() == null ? null
                : dossier.leerroute().name());
        DmnDecisionResultEntries regel = evalueer(taak, AFSCHALEN, Variables.createVariables()
                .putValue("leerroute", leerroute == null ? null : leerroute.toString())
                .putValue("lesuren", data.get("lesuren") == null ? null : getal(data.get("lesuren")).doubleValue())
                .putValue("aanzienlijkeInspanningen", Boolean.TRUE.equals(jaNee(data.get("aanzienlijkeInspanningen")))));
        if (!Boolean.TRUE.equals(regel.get("toegestaan"))) {
            throw new OngeldigeBeslissingException("examenniveau", "Afschalen naar A2 is geweigerd. "
                    + regel.get("reden"));
        }
    }

    private static Boolean jaNee(Object waarde) {
        if (waarde == null) {
            return null;
        }
        return waarde instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(waarde).strip());
    }

    private static BigDecimal getal(Object waarde) {
        return waarde instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(waarde).strip());
    }

    private static boolean leeg(Object waarde) {
        return waarde == null || String.valueOf(waarde).isBlank();
    }

    private static DmnDecisionResultEntries evalueer(DelegateTask taak, String beslissing, VariableMap invoer) {
        CommandContext context = Context.getCommandContext();
        // The rule is the organisation's, not the worker's: evaluate it whatever the worker may see
        boolean controle = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            String versie = LaatsteVersies.beslissing(taak.getProcessEngineServices().getRepositoryService(),
                    beslissing).orElseThrow(() -> new IllegalStateException("Tabel " + beslissing
                    + " is niet gedeployd"));
            DmnDecisionResultEntries regel = taak.getProcessEngineServices().getDecisionService()
                    .evaluateDecisionById(versie).variables(invoer).evaluate().getFirstResult();
            if (regel == null) {
                throw new IllegalStateException("Tabel " + beslissing + " heeft geen regel voor " + invoer);
            }
            return regel;
        } finally {
            if (controle) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
