package nl.fermwerk.inburgering.basis;

/** One invalid field of a request, with a Dutch explanation for the person who sent it. */
public record Veldfout(String veld, String detail) {
}
