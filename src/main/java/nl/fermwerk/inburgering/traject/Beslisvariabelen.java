package nl.fermwerk.inburgering.traject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Klok;
import org.springframework.stereotype.Component;

/**
 * Checks the decision variables that a completed task hands to the flow (docs/ontwerp.md, "Decision variables"), whatever client completed it:
 * Tasklist, the engine's REST API or a test. Returns the value as the event records it.
 */
@Component
public class Beslisvariabelen {

    static final Set<String> LEERROUTES = Set.of("B1", "Z", "ONDERWIJS");
    static final Set<String> UITKOMSTEN = Set.of("GEEN_ACTIE", "BIJSTELLING_PIP", "HANDHAVING", "SOCIAAL_TEAM",
            "CASUISTIEKOVERLEG");
    static final Set<String> BOETE_ARTIKELEN = Set.of("ART_22", "ART_23", "GEEN");
    /**
     * The five ends of the plicht ({@link Afsluitingscontrole}); a model without the afsluiting check may still send
     * the older codes, which the check refuses.
     */
    static final Set<String> RESULTATEN = alle(Set.copyOf(Afsluitingscontrole.RESULTATEN),
            Afsluitingscontrole.VEROUDERD);
    static final Set<String> EXAMENNIVEAUS = Set.of("B1", "A2");
    static final Set<String> HANDHAVINGSBESLUITEN = Set.of("BOETE", "MAATREGEL", "AFZIEN");
    static final Set<String> HANDHAVINGSSTAPPEN = Set.of("GESPREK", "SCHRIFTELIJKE_WAARSCHUWING", "EERSTE_BOETE",
            "TWEEDE_BOETE", "BOETE");
    static final Set<String> VOORZIENINGEN = Set.of("SOCIAAL_TEAM", "WMO");
    static final Set<String> TOEKENNINGEN = Set.of("TOEGEKEND", "AFGEWEZEN", "IN_BEHANDELING");
    static final Set<String> TOELEIDINGEN = Set.of("JA", "NEE", "NOG_NIET");
    static final Set<String> PIP_VASTSTELLINGEN = Set.of("MET_INBRENG", "ZONDER_INBRENG");

    /**
     * Answers the model branches on but a client may leave out: a MAP or participatie registration without the field
     * closes the onderdeel, as every registration did before the loop (docs/traject.md, section 3).
     */
    static final Set<String> STANDAARD_AFGEROND = Set.of("mapAfgerond", "participatieAfgerond");

    /**
     * Questions "is this needed?" the model branches on, asked by a checkbox that a client may leave out: left out
     * means no (budgetcoaching "indien nodig", UP, schema "Wanneer vindt wat plaats?").
     */
    static final Set<String> STANDAARD_NEE = Set.of("budgetcoachingNodig");

    public Object controleer(String taak, String naam, Object waarde) {
        if (waarde == null && STANDAARD_AFGEROND.contains(naam)) {
            return true;
        }
        if (waarde == null && STANDAARD_NEE.contains(naam)) {
            return false;
        }
        if (waarde == null || (waarde instanceof String tekst && tekst.isBlank())) {
            throw new OngeldigeBeslissingException(naam, "is verplicht om taak '" + taak + "' af te ronden.");
        }
        return switch (naam) {
            case "leerroute" -> code(naam, waarde, LEERROUTES);
            case "uitkomst" -> code(naam, waarde, UITKOMSTEN);
            case "boeteArtikel" -> code(naam, waarde, BOETE_ARTIKELEN);
            case "resultaat" -> code(naam, waarde, RESULTATEN);
            case "examenniveau" -> code(naam, waarde, EXAMENNIVEAUS);
            case "besluit" -> code(naam, waarde, HANDHAVINGSBESLUITEN);
            case "handhavingsstap" -> code(naam, waarde, HANDHAVINGSSTAPPEN);
            case "voorziening" -> code(naam, waarde, VOORZIENINGEN);
            case "toekenning" -> code(naam, waarde, TOEKENNINGEN);
            case "toeleidingStatus" -> code(naam, waarde, TOELEIDINGEN);
            case "pipVaststelling" -> code(naam, waarde, PIP_VASTSTELLINGEN);
            case "dagtekening" -> datum(naam, waarde);
            // Dates a step plans ahead: any date, but a date
            case "zienswijzeTot", "volgendGesprek", "ingangsdatumBijstand", "pvtGepland", "mapGepland" ->
                    datum(naam, waarde, true);
            case "budgetcoachingNodig" -> jaNee(naam, waarde);
            case "praktijkUren", "participatieUren", "boeteBedrag", "lesuren" -> nietNegatief(naam, waarde);
            default -> naam.endsWith("Datum") || naam.startsWith("datum") ? datum(naam, waarde) : waarde;
        };
    }

    private static String code(String naam, Object waarde, Set<String> toegestaan) {
        String tekst = String.valueOf(waarde);
        if (!toegestaan.contains(tekst)) {
            throw new OngeldigeBeslissingException(naam, "'" + tekst + "' is geen geldige waarde; kies uit "
                    + String.join(", ", toegestaan.stream().sorted().toList()) + ".");
        }
        return tekst;
    }

    private static Boolean jaNee(String naam, Object waarde) {
        if (waarde instanceof Boolean ja) {
            return ja;
        }
        String tekst = String.valueOf(waarde).strip();
        if (tekst.equals("true") || tekst.equals("false")) {
            return Boolean.valueOf(tekst);
        }
        throw new OngeldigeBeslissingException(naam, "moet ja (true) of nee (false) zijn, niet '" + waarde + "'.");
    }

    private static BigDecimal nietNegatief(String naam, Object waarde) {
        BigDecimal getal;
        try {
            getal = new BigDecimal(String.valueOf(waarde).strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeBeslissingException(naam, "moet een getal zijn, niet '" + waarde + "'.");
        }
        if (getal.signum() < 0) {
            throw new OngeldigeBeslissingException(naam, "mag niet negatief zijn.");
        }
        return getal;
    }

    private static String datum(String naam, Object waarde) {
        return datum(naam, waarde, false);
    }

    private static Set<String> alle(Set<String> een, Set<String> twee) {
        Set<String> alle = new java.util.HashSet<>(een);
        alle.addAll(twee);
        return Set.copyOf(alle);
    }

    private static String datum(String naam, Object waarde, boolean toekomstMag) {
        LocalDate datum;
        if (waarde instanceof Date date) {
            datum = date.toInstant().atZone(Klok.ZONE).toLocalDate();
        } else {
            try {
                String tekst = String.valueOf(waarde).strip();
                datum = LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
            } catch (DateTimeParseException e) {
                throw new OngeldigeBeslissingException(naam, "moet een datum zijn (jjjj-mm-dd), niet '" + waarde + "'.");
            }
        }
        if (!toekomstMag && datum.isAfter(Klok.vandaag())) {
            throw new OngeldigeBeslissingException(naam, "mag niet in de toekomst liggen.");
        }
        return datum.toString();
    }

}
