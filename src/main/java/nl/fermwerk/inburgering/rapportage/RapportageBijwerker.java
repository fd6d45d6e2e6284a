package nl.fermwerk.inburgering.rapportage;

import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rapportage_dossier} in step with every appended event, inside the transaction that appended it. It
 * refolds the dossier's own events rather than patching the row, so the stored row is by construction what a replay
 * gives (a dossier holds tens of events, not thousands).
 */
@Component
class RapportageBijwerker {

    private final Gebeurtenissen gebeurtenissen;
    private final RapportageDossiers dossiers;
    private final RapportageTermijnen termijnen;

    RapportageBijwerker(Gebeurtenissen gebeurtenissen, RapportageDossiers dossiers, RapportageTermijnen termijnen) {
        this.gebeurtenissen = gebeurtenissen;
        this.dossiers = dossiers;
        this.termijnen = termijnen;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        if (gebeurtenis.dossierId().startsWith(CbsLeveringen.STROOM_PREFIX)) {
            return;
        }
        DossierRegel regel = RapportageProjectie.vouw(gebeurtenissen.vanDossier(gebeurtenis.dossierId()), termijnen);
        if (regel != null) {
            dossiers.bewaar(regel);
        }
    }
}
