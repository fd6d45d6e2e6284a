package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;

/**
 * A message from outside about a running trajectory: {@code OntheffingVerleend} (DUO), {@code Verhuisd} with
 * {@code naarGemeente} (one of the four gemeenten, or {@code BUITEN_REGIO}), or {@code TermijnVerlengd} (DUO extends
 * the inburgeringstermijn {@code tot} a later day, with a {@code reden}). {@code datum} defaults to today.
 */
public record Bericht(String bericht, String naarGemeente, LocalDate datum, LocalDate tot, String reden) {

    public Bericht(String bericht, String naarGemeente, LocalDate datum) {
        this(bericht, naarGemeente, datum, null, null);
    }
}
