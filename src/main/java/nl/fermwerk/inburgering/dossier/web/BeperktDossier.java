package nl.fermwerk.inburgering.dossier.web;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Fase;

/**
 * A ketenpartner's view of a dossier: what its tasks need (who, where, which route and phase), without the BSN and
 * the date of birth (data minimisation, docs/privacy.md). The same data the engine holds in process variables.
 */
public record BeperktDossier(
        String dossierId,
        String naam,
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

    static BeperktDossier van(DossierStaat s) {
        return new BeperktDossier(s.dossierId(), s.naam(), s.doelgroep(), s.gemeente(), s.inkoopregio(), s.uitkering(),
                s.datumKoppeling(), s.fase(), s.open(), s.leerroute(), s.pipDatum(), s.versie());
    }
}
