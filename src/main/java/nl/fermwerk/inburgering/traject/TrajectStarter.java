package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the inburgeringstraject when a dossier is opened, in the same transaction as {@code DossierAangemaakt}.
 * Only routing data goes into the process: never the BSN or the date of birth.
 */
@Component
public class TrajectStarter {

    public static final String PROCES = "inburgeringstraject";

    private final RuntimeService runtime;

    public TrajectStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void bij(Gebeurtenis gebeurtenis) {
        if (gebeurtenis.feit() instanceof Feit.DossierAangemaakt aangemaakt) {
            runtime.startProcessInstanceByKey(PROCES, gebeurtenis.dossierId(),
                    variabelen(gebeurtenis.dossierId(), aangemaakt));
        }
    }

    /**
     * The process variables of a trajectory, from its {@code DossierAangemaakt}: routing data only. Codes and dates
     * become text here, at the engine's edge, because the models and the decision tables compare text.
     */
    public static VariableMap variabelen(String dossierId, Feit.DossierAangemaakt d) {
        return Variables.createVariables()
                .putValue("dossierId", dossierId)
                .putValue("weergavenaam", d.naam() + " (" + dossierId + ")")
                .putValue("naam", d.naam())
                .putValue("gemeente", d.gemeente().name())
                .putValue("inkoopregio", d.inkoopregio().name())
                .putValue("doelgroep", d.doelgroep().name())
                .putValue("uitkering", d.uitkering())
                .putValue("datumKoppeling", d.datumKoppeling().toString());
    }
}
