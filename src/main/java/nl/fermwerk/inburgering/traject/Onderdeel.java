package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.basis.Routeonderdeel;

/**
 * One row of table {@code onderdelen}: an onderdeel of a leerroute, its Dutch label, the user task that carries it,
 * the hours it needs at least (0: none), whether the plicht can be met without it, and the rule's source.
 */
public record Onderdeel(Routeonderdeel code, String label, String taak, int minimumUren,
                        boolean nodigVoorAfsluiting, String bron) {
}
