package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;

/** A dossier's state as far as its events tell it: the projection row, and the answer for a peildatum. */
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

    DossierStaat met(Fase nieuweFase) {
        return new DossierStaat(dossierId, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering,
                datumKoppeling, nieuweFase, open, leerroute, pipDatum, versie);
    }

    DossierStaat metPip(Leerroute route, LocalDate datum) {
        return new DossierStaat(dossierId, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering,
                datumKoppeling, Fase.UITVOERING, open, route, datum, versie);
    }

    DossierStaat gesloten() {
        return new DossierStaat(dossierId, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering,
                datumKoppeling, Fase.AFGESLOTEN, false, leerroute, pipDatum, versie);
    }

    DossierStaat verhuisd(Gemeente nieuw) {
        return new DossierStaat(dossierId, bsn, naam, geboortedatum, doelgroep, nieuw, nieuw.inkoopregio(), uitkering,
                datumKoppeling, fase, open, leerroute, pipDatum, versie);
    }

    DossierStaat versie(int nieuweVersie) {
        return new DossierStaat(dossierId, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering,
                datumKoppeling, fase, open, leerroute, pipDatum, nieuweVersie);
    }

    /** What Tasklist shows: name and dossier number, never the BSN. */
    public String weergavenaam() {
        return naam + " (" + dossierId + ")";
    }
}
