package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;

/**
 * A koppeling by COA or a melding by DUO: everything needed to open a dossier. Codes arrive as text so that an
 * unknown code gets a Dutch explanation instead of a parser's message.
 */
public record NieuwDossier(
        String bsn,
        String naam,
        LocalDate geboortedatum,
        String doelgroep,
        String gemeente,
        LocalDate datumKoppeling,
        Boolean uitkering) {
}
