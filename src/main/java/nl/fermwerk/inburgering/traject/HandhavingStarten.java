package nl.fermwerk.inburgering.traject;

import static nl.fermwerk.inburgering.modellen.Berichten.HANDHAVING_GESTART;

import nl.fermwerk.inburgering.dossier.Dossiernummer;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The voortgangsgesprek's option "Handhaving starten": starts handhaving as casusregie's message does, so that the one
 * handhaving of the trajectory (the event subprocess on message {@code HandhavingGestart}) takes it up, in whatever
 * phase. The grond is the PIP not being kept (Wi2021 art. 23; ***verify*** with Ferm Werk that a voortgangsgesprek's
 * handhaving is always that grond). While handhaving runs without a besluit, a second start changes nothing.
 *
 * <p>Model delegate {@code ${handhavingStarten}}.
 */
@Component("handhavingStarten")
public class HandhavingStarten implements JavaDelegate {

    static final String GROND_UIT_VOORTGANGSGESPREK = "PIP_NIET_NAGEKOMEN";

    private final Berichten berichten;
    private final Gebeurtenissen gebeurtenissen;

    public HandhavingStarten(Berichten berichten, Gebeurtenissen gebeurtenissen) {
        this.berichten = berichten;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String dossierId = Dossiernummer.van(execution);
        if (Dossierverloop.van(gebeurtenissen.vanDossier(dossierId)).handhavingLoopt()) {
            return;
        }
        berichten.ontvang(dossierId, new Bericht(HANDHAVING_GESTART, null, null, GROND_UIT_VOORTGANGSGESPREK,
                "Gestart vanuit het voortgangsgesprek", null, null), "systeem");
    }
}
