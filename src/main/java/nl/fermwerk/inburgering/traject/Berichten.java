package nl.fermwerk.inburgering.traject;

import static nl.fermwerk.inburgering.modellen.Berichten.ALLE;
import static nl.fermwerk.inburgering.modellen.Berichten.ONTHEFFING_VERLEEND;
import static nl.fermwerk.inburgering.modellen.Berichten.TERMIJN_VERLENGD;
import static nl.fermwerk.inburgering.modellen.Berichten.VERHUISD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a message from outside (DUO's ontheffing, a verhuizing) to the dossier's trajectory, correlated by business
 * key, and records its event in the same transaction: both happen, or neither. The message names are the one list of
 * {@link nl.fermwerk.inburgering.modellen.Berichten}; each message is recorded as the fact of the same name.
 */
@Service
public class Berichten {

    private static final String INBURGERINGSTERMIJN = "INBURGERINGSTERMIJN";

    private final DossierService dossiers;
    private final Gebeurtenissen gebeurtenissen;
    private final RuntimeService runtime;
    private final Termijnbewaking termijnbewaking;

    public Berichten(DossierService dossiers, Gebeurtenissen gebeurtenissen, RuntimeService runtime,
                     Termijnbewaking termijnbewaking) {
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
        this.runtime = runtime;
        this.termijnbewaking = termijnbewaking;
    }

    @Transactional
    public void ontvang(String dossierId, Bericht bericht, String actor) {
        DossierStaat dossier = dossiers.vind(dossierId);
        List<Veldfout> fouten = controleer(bericht, dossier);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (!dossier.open()) {
            throw new BerichtNietVerwerkbaarException(dossierId, "het dossier is afgesloten");
        }
        if (TERMIJN_VERLENGD.equals(bericht.bericht())) {
            verleng(dossierId, bericht, actor);
            return;
        }
        LocalDate datum = bericht.datum() == null ? Klok.vandaag() : bericht.datum();
        var correlatie = runtime.createMessageCorrelation(bericht.bericht())
                .processInstanceBusinessKey(dossierId);
        Feit feit;
        if (ONTHEFFING_VERLEEND.equals(bericht.bericht())) {
            feit = new Feit.OntheffingVerleend(datum);
        } else {
            feit = new Feit.Verhuisd(dossier.gemeente(), bericht.naarGemeente(), datum);
            correlatie.setVariable("naarGemeente", bericht.naarGemeente());
        }
        // The event first: the projection must know the new gemeente before the re-routed tasks are read
        gebeurtenissen.voegToe(dossierId, feit, Klok.nu(), actor);
        try {
            correlatie.correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new BerichtNietVerwerkbaarException(dossierId, "het traject wacht nu niet op " + bericht.bericht()
                    + " (bijvoorbeeld omdat de afsluiting al loopt)");
        }
    }

    /**
     * DUO moves the end of the inburgeringstermijn: only to a later day than the current one and not into the past.
     * The event is all this does; the term's watcher moves its timer when it hears of the event.
     */
    private void verleng(String dossierId, Bericht bericht, String actor) {
        LocalDate huidig = termijnbewaking.vervaldatum(dossierId, INBURGERINGSTERMIJN).orElseThrow(() ->
                new BerichtNietVerwerkbaarException(dossierId, "de inburgeringstermijn loopt niet (nog geen PIP, of"
                        + " al verstreken of vervallen)"));
        if (!bericht.tot().isAfter(huidig)) {
            throw new OngeldigeInvoerException(List.of(new Veldfout("tot", "Moet na de huidige einddatum van de "
                    + "inburgeringstermijn liggen (" + huidig + ").")));
        }
        gebeurtenissen.voegToe(dossierId, new Feit.TermijnVerlengd(INBURGERINGSTERMIJN, bericht.tot(),
                bericht.reden()), Klok.nu(), actor);
    }

    private static List<Veldfout> controleer(Bericht bericht, DossierStaat dossier) {
        List<Veldfout> fouten = new ArrayList<>();
        if (bericht.bericht() == null || bericht.bericht().isBlank()) {
            fouten.add(new Veldfout("bericht", "Dit veld is verplicht: OntheffingVerleend, Verhuisd of TermijnVerlengd."));
            return fouten;
        }
        if (!ALLE.contains(bericht.bericht())) {
            fouten.add(new Veldfout("bericht", "'" + bericht.bericht()
                    + "' is geen bekend bericht; kies OntheffingVerleend, Verhuisd of TermijnVerlengd."));
        }
        if (VERHUISD.equals(bericht.bericht())) {
            List<String> toegestaan = new ArrayList<>(Arrays.stream(Gemeente.values()).map(Enum::name).toList());
            toegestaan.add(Feit.Verhuisd.BUITEN_REGIO);
            if (bericht.naarGemeente() == null || bericht.naarGemeente().isBlank()) {
                fouten.add(new Veldfout("naarGemeente", "Dit veld is verplicht bij een verhuizing."));
            } else if (!toegestaan.contains(bericht.naarGemeente())) {
                fouten.add(new Veldfout("naarGemeente", "'" + bericht.naarGemeente() + "' is onbekend; kies uit "
                        + String.join(", ", toegestaan) + "."));
            } else if (bericht.naarGemeente().equals(dossier.gemeente().name())) {
                fouten.add(new Veldfout("naarGemeente", "Het dossier hoort al bij " + dossier.gemeente().name() + "."));
            }
        } else if (bericht.naarGemeente() != null) {
            fouten.add(new Veldfout("naarGemeente", "Hoort alleen bij het bericht Verhuisd."));
        }
        if (TERMIJN_VERLENGD.equals(bericht.bericht())) {
            if (bericht.tot() == null) {
                fouten.add(new Veldfout("tot", "Dit veld is verplicht bij een verlenging (jjjj-mm-dd)."));
            } else if (bericht.tot().isBefore(Klok.vandaag())) {
                fouten.add(new Veldfout("tot", "Mag niet in het verleden liggen."));
            }
            if (bericht.reden() == null || bericht.reden().isBlank()) {
                fouten.add(new Veldfout("reden", "Dit veld is verplicht bij een verlenging."));
            } else if (bericht.reden().length() > 500) {
                fouten.add(new Veldfout("reden", "Ten hoogste 500 tekens."));
            }
        } else if (bericht.tot() != null || bericht.reden() != null) {
            fouten.add(new Veldfout(bericht.tot() != null ? "tot" : "reden",
                    "Hoort alleen bij het bericht TermijnVerlengd."));
        }
        if (bericht.datum() != null && bericht.datum().isAfter(Klok.vandaag())) {
            fouten.add(new Veldfout("datum", "Mag niet in de toekomst liggen."));
        }
        return fouten;
    }
}
