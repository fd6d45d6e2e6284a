package nl.fermwerk.inburgering.routing;

import java.util.List;

/** The taakverdeling's answer for one gemeente and onderdeel. */
public record Toewijzing(String eerstverantwoordelijke, List<String> betrokken) {
}
