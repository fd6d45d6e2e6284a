package nl.fermwerk.inburgering.traject;

import static nl.fermwerk.inburgering.modellen.Berichten.ALLE;
import static nl.fermwerk.inburgering.modellen.Berichten.HANDHAVING_GESTART;
import static nl.fermwerk.inburgering.modellen.Berichten.INBURGERINGSTERMIJN_VERLENGD;
import static nl.fermwerk.inburgering.modellen.Berichten.ONTHEFFING_VERLEEND;
import static nl.fermwerk.inburgering.modellen.Berichten.TERMIJN_VERLENGD;
import static nl.fermwerk.inburgering.modellen.Berichten.VERHUISD;
import static nl.fermwerk.inburgering.modellen.Berichten.VRIJSTELLING_VERLEEND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a message from outside (DUO's ontheffing or vrijstelling, a verhuizing, casusregie's start of handhaving) to
 * the dossier's trajectory, correlated by business key, and records its event in the same transaction: both happen, or
 * neither. The message names are the one list of {@link nl.fermwerk.inburgering.modellen.Berichten}; each message is
 * recorded as the fact of the same name. HandhavingGestart is recorded in every phase and reaches the trajectory where
 * its model waits for it.
 */
@Service
public class Berichten {

    private static final String INBURGERINGSTERMIJN = "INBURGERINGSTERMIJN";

    /** The grounds on which handhaving starts (Wi2021 art. 22 and 23; docs/traject.md). */
    public static final List<String> GRONDEN = List.of("BREDE_INTAKE_NIET_MEEGEWERKT", "PIP_NIET_MEEGEWERKT",
            "PIP_NIET_NAGEKOMEN");

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
        if (HANDHAVING_GESTART.equals(bericht.bericht())) {
            handhaving(dossierId, bericht, datum, actor);
            return;
        }
        var correlatie = runtime.createMessageCorrelation(bericht.bericht())
                .processInstanceBusinessKey(dossierId);
        Feit feit;
        if (ONTHEFFING_VERLEEND.equals(bericht.bericht())) {
            feit = new Feit.OntheffingVerleend(datum);
        } else if (VRIJSTELLING_VERLEEND.equals(bericht.bericht())) {
            feit = new Feit.VrijstellingVerleend(datum);
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
        // After the term passed unmet DUO may still set a new end: the trajectory waits for it (docs/traject.md)
        boolean verstreken = Dossierverloop.van(gebeurtenissen.vanDossier(dossierId)).inburgeringstermijnVerstreken();
        LocalDate huidig = termijnbewaking.vervaldatum(dossierId, INBURGERINGSTERMIJN)
                .or(() -> verstreken ? Optional.of(Klok.vandaag()) : Optional.<LocalDate>empty())
                .orElseThrow(() -> new BerichtNietVerwerkbaarException(dossierId, "de inburgeringstermijn loopt niet"
                        + " (nog geen PIP, of vervallen)"));
        if (!bericht.tot().isAfter(huidig)) {
            throw new OngeldigeInvoerException(List.of(new Veldfout("tot", "Moet na de huidige einddatum van de "
                    + "inburgeringstermijn liggen (" + huidig + ").")));
        }
        gebeurtenissen.voegToe(dossierId, new Feit.TermijnVerlengd(INBURGERINGSTERMIJN, bericht.tot(),
                bericht.reden()), Klok.nu(), actor);
        // A trajectory waiting after the passed term goes back into uitvoering; one that does not wait is not addressed
        runtime.createMessageCorrelation(INBURGERINGSTERMIJN_VERLENGD)
                .processInstanceBusinessKey(dossierId).correlateAllWithResult();
    }

    private void handhaving(String dossierId, Bericht bericht, LocalDate datum, String actor) {
        if (Dossierverloop.van(gebeurtenissen.vanDossier(dossierId)).handhavingLoopt()) {
            throw new OngeldigeInvoerException(List.of(new Veldfout("bericht",
                    "Er loopt al handhaving voor dit dossier; rond die eerst af met een besluit.")));
        }
        gebeurtenissen.voegToe(dossierId, new Feit.HandhavingGestart(bericht.grond(), datum,
                bericht.toelichting() == null || bericht.toelichting().isBlank() ? null : bericht.toelichting().strip()),
                Klok.nu(), actor);
        // Every phase may have handhaving; the trajectory takes it up where its model waits for it
        runtime.createMessageCorrelation(HANDHAVING_GESTART).processInstanceBusinessKey(dossierId)
                .setVariable("handhavingsgrond", bericht.grond()).correlateAllWithResult();
    }

    private static List<Veldfout> controleer(Bericht bericht, DossierStaat dossier) {
        List<Veldfout> fouten = new ArrayList<>();
        if (bericht.bericht() == null || bericht.bericht().isBlank()) {
            fouten.add(new Veldfout("bericht", "Dit veld is verplicht: kies uit " + String.join(", ", ALLE) + "."));
            return fouten;
        }
        if (!ALLE.contains(bericht.bericht())) {
            fouten.add(new Veldfout("bericht", "'" + bericht.bericht()
                    + "' is geen bekend bericht; kies uit " + String.join(", ", ALLE) + "."));
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
        if (HANDHAVING_GESTART.equals(bericht.bericht())) {
            if (bericht.grond() == null || bericht.grond().isBlank()) {
                fouten.add(new Veldfout("grond", "Dit veld is verplicht bij het starten van handhaving; kies uit "
                        + String.join(", ", GRONDEN) + "."));
            } else if (!GRONDEN.contains(bericht.grond())) {
                fouten.add(new Veldfout("grond", "'" + bericht.grond() + "' is geen grond voor handhaving; kies uit "
                        + String.join(", ", GRONDEN) + "."));
            }
            if (bericht.toelichting() != null && bericht.toelichting().length() > 2000) {
                fouten.add(new Veldfout("toelichting", "Mag ten hoogste 2000 tekens bevatten."));
            }
        } else if (!TERMIJN_VERLENGD.equals(bericht.bericht())) {
            if (bericht.grond() != null) {
                fouten.add(new Veldfout("grond", "Hoort alleen bij het bericht HandhavingGestart."));
            }
            if (bericht.toelichting() != null) {
                fouten.add(new Veldfout("toelichting", "Hoort alleen bij het bericht HandhavingGestart."));
            }
        }
        if (bericht.datum() != null && bericht.datum().isAfter(Klok.vandaag())) {
            fouten.add(new Veldfout("datum", "Mag niet in de toekomst liggen."));
        }
        return fouten;
    }
}
