package nl.fermwerk.inburgering.dossier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the stored projection in step with every appended event, inside the transaction that appended it. */
@Component
class ProjectieBijwerker {

    private final Dossiers dossiers;

    ProjectieBijwerker(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        DossierStaat huidig = gebeurtenis.type().equals(GebeurtenisTypen.DOSSIER_AANGEMAAKT)
                ? null : dossiers.vind(gebeurtenis.dossierId()).orElse(null);
        DossierStaat nieuw = DossierProjectie.pasToe(huidig, gebeurtenis);
        if (nieuw != null) {
            dossiers.bewaar(nieuw);
        }
    }
}
