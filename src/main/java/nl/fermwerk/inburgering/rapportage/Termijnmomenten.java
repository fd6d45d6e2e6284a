package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates of one dossier that the term-dependent kengetallen measure against, as the table {@code termijnen} of
 * version {@code versie} gives them: stored with the dossier's row so that the dashboard can count in SQL. Null
 * {@code versie}: not computed (the row is then counted in Java, from the table as deployed now).
 */
record Termijnmomenten(LocalDate startPlicht, LocalDate uiterlijkPip, LocalDate uiterlijkPvt, LocalDate uiterlijkMap,
                       Integer dagenTotIntake, String versie) {

    static final Termijnmomenten ONBEKEND = new Termijnmomenten(null, null, null, null, null, null);

    /** The moments of this row by a table fixed on one version ({@link RapportageTermijnen#vastgezet()}). */
    static Termijnmomenten van(DossierRegel d, RapportageTermijnen vast) {
        LocalDate startPlicht = vast.startPlicht(d);
        LocalDate startIntake = d.datumStartBredeIntake();
        Integer dagen = startPlicht == null || startIntake == null ? null
                : (int) Math.max(0, ChronoUnit.DAYS.between(startPlicht, startIntake));
        return new Termijnmomenten(startPlicht, vast.uiterlijkPip(d), vast.uiterlijkPvt(d), vast.uiterlijkMap(d), dagen,
                vast.versie());
    }
}
