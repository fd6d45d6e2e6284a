package nl.fermwerk.inburgering.modellen;

import java.util.List;

/**
 * Which running instances move to which process version. Name the versions either by process definition id
 * ({@code bronDefinitie}, {@code doelDefinitie}, as Cockpit shows them) or by process key and version numbers
 * ({@code proces}, {@code bronVersie}, {@code doelVersie}). Without {@code procesInstanties}, every running instance
 * of the source version is meant.
 */
public record MigratieVerzoek(String bronDefinitie, String doelDefinitie, String proces, Integer bronVersie,
                              Integer doelVersie, List<String> procesInstanties) {
}
