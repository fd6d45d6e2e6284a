package nl.fermwerk.inburgering.basis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Labels for people, codes for machines: the one place where a code of ours ({@code BODEGRAVEN_REEUWIJK},
 * {@code ASIELSTATUSHOUDER}, {@code PIP_10_WEKEN}, ...) gets the Dutch words a casusregisseur reads, and where a date
 * gets its form for people, dd-mm-jjjj. Task cards, form headers, the dossier page, the werkvoorraad, the dashboard and
 * the management CSV use these; the CBS and DUO exports, the API and the events keep the codes.
 *
 * <p>The values of a form's choice fields (resultaat, uitkomst, actie, ...) are labelled here with the same words as
 * in the form; {@code LabelsTest} holds the two together. A code without a label reads as itself, so a new code is
 * never hidden, only not yet translated.
 */
public final class Labels {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** The kinds of code, by the variable or field name that carries them. */
    private static final Map<String, Map<String, String>> SOORTEN = soorten();

    private Labels() {
    }

    /** A date for people: dd-mm-jjjj; empty for none. */
    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    /** A moment for people, in Europe/Amsterdam: dd-mm-jjjj uu:mm. */
    public static String tijdstip(Instant tijdstip) {
        return tijdstip == null ? "" : TIJDSTIP.format(tijdstip.atZone(Klok.ZONE));
    }

    /** A date as events and forms store it ("jjjj-mm-dd", or a {@link LocalDate}), for people; else as given. */
    public static String datum(Object waarde) {
        if (waarde instanceof LocalDate datum) {
            return datum(datum);
        }
        if (waarde instanceof java.util.Date datum) {
            return datum(LocalDate.ofInstant(datum.toInstant(), Klok.ZONE));
        }
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        try {
            return datum(LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst));
        } catch (DateTimeParseException e) {
            return tekst;
        }
    }

    public static String gemeente(String code) {
        return label("gemeente", code);
    }

    public static String doelgroep(String code) {
        return label("doelgroep", code);
    }

    public static String leerroute(String code) {
        return label("leerroute", code);
    }

    public static String fase(String code) {
        return label("fase", code);
    }

    public static String termijn(String code) {
        return label("termijn", code);
    }

    public static String resultaat(String code) {
        return label("resultaat", code);
    }

    public static String onderdeel(String code) {
        return label("onderdeel", code);
    }

    /**
     * The label of a code carried by a variable or field of this name ({@code gemeente}, {@code naarGemeente},
     * {@code doelgroep}, {@code leerroute}, {@code fase}, {@code termijn}, {@code resultaat}, {@code uitkomst},
     * {@code actie}, {@code conclusieOntzorgen}, {@code boeteArtikel}, {@code inkoopregio}, {@code onderdeel}); the
     * code itself when the kind or the code is unknown; empty for none.
     */
    public static String label(String soort, Object code) {
        if (code == null) {
            return "";
        }
        String tekst = code instanceof Enum<?> e ? e.name() : code.toString();
        return Optional.ofNullable(SOORTEN.get(soort)).map(m -> m.get(tekst)).orElse(tekst);
    }

    /** Whether this kind of code has labels here. */
    public static boolean kent(String soort) {
        return SOORTEN.containsKey(soort);
    }

    /** The labels of one kind, in their order (for choice lists); empty for an unknown kind. */
    public static Map<String, String> van(String soort) {
        return SOORTEN.getOrDefault(soort, Map.of());
    }

    private static Map<String, Map<String, String>> soorten() {
        Map<String, Map<String, String>> s = new LinkedHashMap<>();
        Map<String, String> gemeenten = new LinkedHashMap<>();
        for (Gemeente g : Gemeente.values()) {
            gemeenten.put(g.name(), g.naam());
        }
        Map<String, String> naarGemeente = new LinkedHashMap<>(gemeenten);
        naarGemeente.put("BUITEN_REGIO", "buiten de regio");
        s.put("gemeente", gemeenten);
        s.put("vanGemeente", gemeenten);
        s.put("naarGemeente", naarGemeente);
        s.put("doelgroep", map("ASIELSTATUSHOUDER", "Asielstatushouder", "NAREIZIGER", "Nareiziger",
                "GEZINSMIGRANT", "Gezinsmigrant", "OVERIGE_MIGRANT", "Overige migrant", "ONBEKEND", "onbekend"));
        s.put("leerroute", map("B1", "B1-route", "Z", "Zelfredzaamheidsroute (Z)", "ONDERWIJS", "Onderwijsroute"));
        s.put("inkoopregio", map("U16", "U16 (Utrecht)", "MIDDEN_HOLLAND", "Midden-Holland (Gouda)"));
        s.put("fase", map("WARME_OVERDRACHT", "Warme overdracht", "BREDE_INTAKE", "Brede intake", "PIP", "PIP",
                "UITVOERING", "Uitvoering", "AFSLUITING", "Afsluiting", "AFGESLOTEN", "Afgesloten"));
        // The codes of processes/termijnen.dmn, and the older ones that events recorded before it still carry
        s.put("termijn", map("WONING", "woning binnen 10 weken", "PIP", "PIP binnen 10 weken",
                "PVT", "PVT binnen 12 maanden", "MAP", "MAP binnen 18 maanden",
                "ONTZORGEN", "financieel ontzorgen ten minste 6 maanden", "VOORTGANGSGESPREK", "voortgangsgesprek",
                "ZIENSWIJZE", "zienswijze binnen 2 weken na het voornemen",
                "WONING_10_WEKEN", "woning binnen 10 weken", "PIP_10_WEKEN", "PIP binnen 10 weken",
                "PVT_12_MAANDEN", "PVT binnen 12 maanden", "MAP_18_MAANDEN", "MAP binnen 18 maanden",
                "ONTZORGEN_6_MAANDEN", "evaluatie ontzorgen binnen 6 maanden",
                "INBURGERINGSTERMIJN", "inburgeringstermijn (3 jaar)", "ONBEKEND", "onbekende termijn"));
        s.put("grond", map("BREDE_INTAKE_NIET_MEEGEWERKT", "Niet meegewerkt aan de brede intake (art. 22)",
                "PIP_NIET_MEEGEWERKT", "Niet meegewerkt aan het opstellen van het PIP (art. 22)",
                "PIP_NIET_NAGEKOMEN", "Afspraken uit het PIP niet nagekomen (art. 23)"));
        s.put("gebeurtenis", map("OntheffingVerleend", "ontheffing verleend", "DossierOvergedragen",
                "verhuisd buiten de regio", "DossierAfgesloten", "dossier afgesloten", "VrijstellingVerleend",
                "vrijstelling verleend"));
        s.put("termijnstatus", map("LOPEND", "loopt", "VERLENGD", "verlengd", "GEHAALD", "gehaald",
                "OVERSCHREDEN", "overschreden", "VERVALLEN", "vervallen"));
        // The tasks that can meet a term (column "taak" of processes/termijnen.dmn)
        s.put("taak", map("regeldag", "Regeldag houden", "pipOpstellen", "PIP opstellen en beschikken",
                "evaluatieOntzorgen", "Ontzorgen evalueren", "pvt", "Participatieverklaringstraject",
                "map", "Module Arbeidsmarkt en Participatie", "voortgangsgesprek", "Voortgangsgesprek voeren",
                "afsluiting", "Traject afsluiten"));
        // The choice fields of the forms, in the forms' own words
        // The five ways the plicht ends (form afsluiting), and the codes of afsluitingen recorded before them
        s.put("resultaat", map("VOLDAAN",
                "Voldaan (B1: examen incl. KNM, PVT en MAP; Z: 800 uur participatie, eindgesprek, PVT en MAP; onderwijs: taalschakeltraject en PVT)",
                "ONTHEFFING", "Ontheffing (DUO)", "VRIJSTELLING", "Vrijstelling (DUO)", "VERHUISD",
                "Verhuisd buiten de vier gemeenten (na warme overdracht)", "TERMIJN_VERSTREKEN",
                "Inburgeringstermijn verstreken zonder te voldoen",
                "EXAMEN_BEHAALD", "Examen behaald", "EINDGESPREK_GEVOERD", "Eindgesprek gevoerd (Z-route)", "OVERIG",
                "Overig"));
        s.put("uitkomst", map("GEEN_ACTIE", "Geen actie", "BIJSTELLING_PIP", "PIP bijstellen", "HANDHAVING",
                "Handhaving starten (boete/maatregel)", "SOCIAAL_TEAM",
                "Sociaal team of WMO-voorziening inzetten (extra ondersteuning)", "CASUISTIEKOVERLEG",
                "Aanmelden voor casuïstiekoverleg van de ketenpartners"));
        s.put("actie", map("CONTACT_OPGENOMEN", "Contact opgenomen, taak wordt alsnog uitgevoerd",
                "TERMIJN_VERLENGD", "Termijn verlengd",
                "HANDHAVING_VOORGESTELD", "Handhaving voorgesteld bij volgend voortgangsgesprek"));
        s.put("conclusieOntzorgen", map("VOORTZETTEN", "Ontzorgen voortzetten", "AFBOUWEN", "Ontzorgen afbouwen",
                "BEEINDIGEN", "Ontzorgen beëindigen"));
        s.put("boeteArtikel", map("ART_22", "Artikel 22 (EUR 250)", "ART_23", "Artikel 23 (ten hoogste EUR 800)",
                "GEEN", "Geen boete"));
        // The other choice fields of the forms, in the forms' own words (LabelsTest holds them together)
        s.put("toekenning", map("IN_BEHANDELING", "Nog in behandeling", "TOEGEKEND", "Toegekend", "AFGEWEZEN",
                "Afgewezen"));
        s.put("examenniveau", map("B1", "B1", "A2", "A2 (afgeschaald)"));
        s.put("handhavingsstap", map("GESPREK", "Art. 22 stap 1: gesprek", "SCHRIFTELIJKE_WAARSCHUWING",
                "Art. 22 stap 2: schriftelijke waarschuwing", "EERSTE_BOETE", "Art. 22 stap 3: boete EUR 250",
                "TWEEDE_BOETE", "Art. 22 stap 4: tweede boete EUR 250 en PIP zonder inbreng", "BOETE",
                "Art. 23: boete (ten hoogste EUR 800)"));
        s.put("besluit", map("BOETE", "Boete", "MAATREGEL", "Maatregel (zonder boete)", "AFZIEN",
                "Afzien van handhaving"));
        s.put("voorziening", map("SOCIAAL_TEAM", "Sociaal team", "WMO", "WMO-voorziening"));
        s.put("uitkomstLeerbaarheidstoets", map("B1", "B1 haalbaar", "A2", "A2 haalbaar", "A1", "A1 of lager",
                "NIET_VERSCHENEN", "Niet verschenen"));
        s.put("resultaatMap", map("VOLDAAN", "Voldaan", "NIET_VOLDAAN", "Niet voldaan"));
        s.put("taalniveauDoel", map("B2", "B2", "B1", "B1", "A2", "A2", "A1", "A1"));
        s.put("pipVaststelling", map("MET_INBRENG", "Met inbreng van de inburgeraar", "ZONDER_INBRENG",
                "Zonder inbreng van de inburgeraar (art. 22, na de tweede boete)"));
        s.put("resultaatPvt", map("VOLDAAN", "Voldaan (verklaring ondertekend)", "NIET_VOLDAAN", "Niet voldaan"));
        s.put("toeleidingStatus", map("JA", "Ja", "NEE", "Nee", "NOG_NIET", "Nog niet"));
        s.put("instrument", map("WEP", "Werkervaringsplaats (WEP)", "PROEFPLAATSING", "Proefplaatsing", "STAGE",
                "Stage", "BEMIDDELING", "Bemiddeling naar betaald werk", "OVERIG", "Overig"));
        s.put("onderdeel", map("HUISVESTING", "Huisvesting", "FINANCIELE_ONTZORGING", "Financiële ontzorging",
                "WARME_OVERDRACHT", "Warme overdracht", "MAATSCHAPPELIJKE_BEGELEIDING", "Maatschappelijke begeleiding",
                "PVT", "Participatieverklaringstraject", "FINANCIELE_ZELFREDZAAMHEID", "Financiële zelfredzaamheid",
                "NON_FORMEEL_TAALONDERWIJS", "Non-formeel taalonderwijs", "BREDE_INTAKE", "Brede intake",
                "PIP", "PIP", "MAP", "Module Arbeidsmarkt en Participatie", "VOORTGANGSGESPREKKEN",
                "Voortgangsgesprekken", "BIJSTELLING_PIP", "Bijstelling PIP", "HANDHAVING", "Handhaving",
                "TOELEIDING_WERK_PARTICIPATIE", "Toeleiding werk / participatie", "AFSLUITING", "Afsluiting"));
        return Map.copyOf(s);
    }

    private static Map<String, String> map(String... paren) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put(paren[i], paren[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
