package nl.fermwerk.inburgering.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored projection in step with every appended event, inside the transaction that appended it. The row is
 * by construction what a replay gives: the new event is folded onto the verloop after its predecessor, and that
 * verloop is the one this node folded last only when the event's {@code vorigeHash} is that predecessor's hash (the
 * hash seals the whole chain before it); otherwise the dossier's events are read and folded from the start. Then it
 * hands the new {@link Dossierverloop} on, so other projections need not fold it again.
 * <p>
 * Why not always refold: over three years a dossier gathers a hundred and more events (terms, tasks, hours), and
 * reading and parsing all of them for each new one made the projection the largest single cost of a simulated
 * caseload (docs/performance.md, "The simulation driver").
 */
@Component
class ProjectieBijwerker {

    /** Dossiers whose last fold is kept: the ones being worked on; any other is refolded from its events. */
    private static final int ONTHOUDEN = 2_000;

    private final Gebeurtenissen gebeurtenissen;
    private final Dossiers dossiers;
    private final ApplicationEventPublisher publisher;
    private final Map<String, Gevouwen> laatste = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Gevouwen> oudste) {
            return size() > ONTHOUDEN;
        }
    };

    /** The verloop after the event sealed by {@code hash}. */
    private record Gevouwen(String hash, Dossierverloop verloop) {
    }

    ProjectieBijwerker(Gebeurtenissen gebeurtenissen, Dossiers dossiers, ApplicationEventPublisher publisher) {
        this.gebeurtenissen = gebeurtenissen;
        this.dossiers = dossiers;
        this.publisher = publisher;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        Dossierverloop verloop = verloop(gebeurtenis);
        synchronized (laatste) {
            // Also a fold of a transaction that rolls back: its hash is then never anyone's vorigeHash
            laatste.put(gebeurtenis.dossierId(), new Gevouwen(gebeurtenis.hash(), verloop));
        }
        if (verloop != null) {
            dossiers.bewaar(DossierStaat.van(verloop));
            publisher.publishEvent(verloop);
        }
    }

    private Dossierverloop verloop(Gebeurtenis gebeurtenis) {
        Gevouwen vorige;
        synchronized (laatste) {
            vorige = laatste.get(gebeurtenis.dossierId());
        }
        if (vorige != null && vorige.verloop() != null && gebeurtenis.vorigeHash() != null
                && gebeurtenis.vorigeHash().equals(vorige.hash())) {
            return Dossierverloop.volg(vorige.verloop(), gebeurtenis.dossierId(), gebeurtenis.volgnummer(),
                    gebeurtenis.tijdstip(), gebeurtenis.feit());
        }
        return Dossierverloop.van(gebeurtenissen.vanDossier(gebeurtenis.dossierId()));
    }
}
