package nl.fermwerk.inburgering.traject;

import java.util.Map;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.GebeurtenisTypen;
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
        if (!gebeurtenis.type().equals(GebeurtenisTypen.DOSSIER_AANGEMAAKT)) {
            return;
        }
        runtime.startProcessInstanceByKey(PROCES, gebeurtenis.dossierId(),
                variabelen(gebeurtenis.dossierId(), gebeurtenis.data()));
    }

    /** The process variables of a trajectory, from the data of its {@code DossierAangemaakt}: routing data only. */
    public static VariableMap variabelen(String dossierId, Map<String, Object> d) {
        return Variables.createVariables()
                .putValue("dossierId", dossierId)
                .putValue("weergavenaam", d.get("naam") + " (" + dossierId + ")")
                .putValue("naam", d.get("naam"))
                .putValue("gemeente", d.get("gemeente"))
                .putValue("inkoopregio", d.get("inkoopregio"))
                .putValue("doelgroep", d.get("doelgroep"))
                .putValue("uitkering", d.get("uitkering"))
                .putValue("datumKoppeling", d.get("datumKoppeling"));
    }
}
