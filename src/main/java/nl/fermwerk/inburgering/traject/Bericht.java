package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;

/**
 * A message from outside about a running trajectory: {@code OntheffingVerleend} or {@code VrijstellingVerleend}
 * (DUO), {@code Verhuisd} with {@code naarGemeente} (one of the four gemeenten, or {@code BUITEN_REGIO}), or
 * {@code HandhavingGestart} with its {@code grond} (casusregie only). {@code datum} defaults to today;
 * {@code toelichting} is optional free text for HandhavingGestart.
 */
public record Bericht(String bericht, String naarGemeente, LocalDate datum, String grond, String toelichting) {

    /** A message without a grond: every message but HandhavingGestart. */
    public Bericht(String bericht, String naarGemeente, LocalDate datum) {
        this(bericht, naarGemeente, datum, null, null);
    }
}
