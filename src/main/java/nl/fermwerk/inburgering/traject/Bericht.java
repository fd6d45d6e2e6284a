package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;

/**
 * A message from outside about a running trajectory: {@code OntheffingVerleend} or {@code VrijstellingVerleend}
 * (DUO), {@code Verhuisd} with {@code naarGemeente} (one of the four gemeenten, or {@code BUITEN_REGIO}),
 * {@code HandhavingGestart} with its {@code grond} (casusregie only; {@code toelichting} optional free text), or
 * {@code TermijnVerlengd} (DUO extends the inburgeringstermijn {@code tot} a later day, with a {@code reden}).
 * {@code datum} defaults to today.
 */
public record Bericht(String bericht, String naarGemeente, LocalDate datum, String grond, String toelichting,
                      LocalDate tot, String reden) {

    /** A message that is neither HandhavingGestart nor TermijnVerlengd. */
    public Bericht(String bericht, String naarGemeente, LocalDate datum) {
        this(bericht, naarGemeente, datum, null, null, null, null);
    }
}
