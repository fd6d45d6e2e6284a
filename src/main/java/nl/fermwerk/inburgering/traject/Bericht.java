package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;

/**
 * A message from outside about a running trajectory: {@code OntheffingVerleend} (DUO) or {@code Verhuisd} with
 * {@code naarGemeente} (one of the four gemeenten, or {@code BUITEN_REGIO}). {@code datum} defaults to today.
 */
public record Bericht(String bericht, String naarGemeente, LocalDate datum) {
}
