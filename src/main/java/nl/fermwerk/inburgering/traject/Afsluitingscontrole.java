package nl.fermwerk.inburgering.traject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import org.springframework.stereotype.Component;

/**
 * Whether the dossier supports the resultaat the afsluiting records: the five ways the inburgeringsplicht ends
 * (docs/traject.md, "End of the plicht"). VOLDAAN needs every onderdeel of the leerroute that table {@code onderdelen}
 * marks as needed; the others need the fact that ends the plicht. A resultaat the dossier does not support stops the
 * completion with a Dutch message naming what is missing; the task stays open and nothing is stored.
 */
@Component
public class Afsluitingscontrole {

    public static final String VOLDAAN = "VOLDAAN";
    public static final String ONTHEFFING = "ONTHEFFING";
    public static final String VRIJSTELLING = "VRIJSTELLING";
    public static final String VERHUISD = "VERHUISD";
    public static final String TERMIJN_VERSTREKEN = "TERMIJN_VERSTREKEN";

    /** The five ways the plicht ends, in the order the afsluiting form shows them. */
    public static final List<String> RESULTATEN = List.of(VOLDAAN, ONTHEFFING, VRIJSTELLING, VERHUISD,
            TERMIJN_VERSTREKEN);

    /** The value of the task property {@code controle} that asks for this check on a task's completion. */
    public static final String CONTROLE = "afsluiting";

    /** Codes of the model before the five ends (a model without the check may still send them). */
    static final Set<String> VEROUDERD = Set.of("EXAMEN_BEHAALD", "EINDGESPREK_GEVOERD", "OVERIG");

    private final Onderdelen onderdelen;

    public Afsluitingscontrole(Onderdelen onderdelen) {
        this.onderdelen = onderdelen;
    }

    /** What the dossier lacks for this resultaat, in Dutch; empty when the resultaat is supported. */
    public List<String> ontbreekt(String resultaat, Dossierverloop dossier) {
        List<String> ontbreekt = new ArrayList<>();
        switch (resultaat) {
            case VOLDAAN -> voldaan(dossier, ontbreekt);
            case ONTHEFFING -> {
                if (dossier.datumOntheffing() == null) {
                    ontbreekt.add("er is geen ontheffing van DUO vastgelegd (bericht OntheffingVerleend)");
                }
            }
            case VRIJSTELLING -> {
                if (dossier.datumVrijstelling() == null) {
                    ontbreekt.add("er is geen vrijstelling van DUO vastgelegd (bericht VrijstellingVerleend)");
                }
            }
            case VERHUISD -> {
                if (!dossier.verhuisdBuitenRegio()) {
                    ontbreekt.add("er is geen verhuizing buiten de vier gemeenten vastgelegd (bericht Verhuisd)");
                }
                if (!dossier.overgedragen()) {
                    ontbreekt.add("de warme overdracht aan de nieuwe gemeente is niet afgerond "
                            + "(taak overdrachtNieuweGemeente)");
                }
            }
            case TERMIJN_VERSTREKEN -> {
                if (!dossier.inburgeringstermijnVerstreken()) {
                    ontbreekt.add("de inburgeringstermijn is niet verstreken");
                } else if (dossier.leerroute() != null && voldaan(dossier)) {
                    ontbreekt.add("de plicht is voldaan: kies 'Voldaan'");
                }
            }
            default -> ontbreekt.add("'" + resultaat + "' is geen einde van de inburgeringsplicht; kies uit "
                    + String.join(", ", RESULTATEN));
        }
        return ontbreekt;
    }

    /** Refuses a resultaat the dossier does not support, naming what is missing. */
    public void controleer(String resultaat, Dossierverloop dossier) {
        List<String> ontbreekt = ontbreekt(resultaat, dossier);
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeBeslissingException("resultaat", "'" + resultaat + "' kan niet worden vastgelegd: "
                    + String.join("; ", ontbreekt) + ". De taak blijft open.");
        }
    }

    private boolean voldaan(Dossierverloop dossier) {
        List<String> ontbreekt = new ArrayList<>();
        voldaan(dossier, ontbreekt);
        return ontbreekt.isEmpty();
    }

    private void voldaan(Dossierverloop dossier, List<String> ontbreekt) {
        if (dossier.leerroute() == null) {
            ontbreekt.add("er is nog geen leerroute (PIP) vastgesteld");
            return;
        }
        for (Onderdeel onderdeel : onderdelen.stand(dossier).open()) {
            if (onderdeel.nodigVoorAfsluiting()) {
                ontbreekt.add(onderdeel.label() + " is niet behaald" + uren(onderdeel, dossier));
            }
        }
    }

    private static String uren(Onderdeel onderdeel, Dossierverloop dossier) {
        BigDecimal uren = Urenregels.totaal(onderdeel.code(), dossier);
        return onderdeel.minimumUren() > 0 && uren != null
                ? " (" + uren.stripTrailingZeros().toPlainString() + " van " + onderdeel.minimumUren() + " uur)" : "";
    }
}
