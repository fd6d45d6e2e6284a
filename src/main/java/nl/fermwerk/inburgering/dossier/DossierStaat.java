package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;

/**
 * A dossier's state as the API and Tasklist see it: the projection row, and the answer for a peildatum. A view of the
 * {@link Dossierverloop}, never folded on its own.
 */
public record DossierStaat(
        String dossierId,
        String bsn,
        String naam,
        LocalDate geboortedatum,
        Doelgroep doelgroep,
        Gemeente gemeente,
        Inkoopregio inkoopregio,
        boolean uitkering,
        LocalDate datumKoppeling,
        Fase fase,
        boolean open,
        Leerroute leerroute,
        LocalDate pipDatum,
        int versie) {

    /** The state part of a dossier's verloop. */
    public static DossierStaat van(Dossierverloop v) {
        return new DossierStaat(v.dossierId(), v.bsn(), v.naam(), v.geboortedatum(), v.doelgroep(), v.gemeente(),
                v.inkoopregio(), v.uitkering(), v.datumKoppeling(), v.fase(), v.open(), v.leerroute(), v.pipDatum(),
                v.versie());
    }

    /** What Tasklist shows: name and dossier number, never the BSN. */
    public String weergavenaam() {
        return naam + " (" + dossierId + ")";
    }
}
