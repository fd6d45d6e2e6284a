package nl.fermwerk.inburgering.traject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Records a completed task as a dossier event, in the engine's transaction, after checking the decision variables
 * the task must hand over. A missing or invalid one stops the completion with a message for the worker.
 */
class TaakAfronding implements TaskListener {

    private final Gebeurtenissen gebeurtenissen;
    private final Beslisvariabelen controle;
    private final Beslisregels regels;
    private final String gebeurtenis;
    private final String onderdeel;
    private final List<String> beslisvariabelen;

    TaakAfronding(Gebeurtenissen gebeurtenissen, Beslisvariabelen controle, Beslisregels regels, String gebeurtenis,
                  String onderdeel, List<String> beslisvariabelen) {
        this.gebeurtenissen = gebeurtenissen;
        this.controle = controle;
        this.regels = regels;
        this.gebeurtenis = gebeurtenis;
        this.onderdeel = onderdeel;
        this.beslisvariabelen = beslisvariabelen;
    }

    @Override
    public void notify(DelegateTask taak) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taak", taak.getTaskDefinitionKey());
        data.put("taakId", taak.getId());
        if (onderdeel != null) {
            data.put("onderdeel", onderdeel);
        }
        for (String naam : beslisvariabelen) {
            data.put(naam, controle.controleer(taak.getTaskDefinitionKey(), naam, taak.getVariable(naam)));
        }
        regels.controleer(taak, data);
        String dossierId = (String) taak.getVariable("dossierId");
        gebeurtenissen.voegToe(dossierId, gebeurtenis, data, Klok.nu(), actor(taak));
    }

    private static String actor(DelegateTask taak) {
        Authentication ingelogd = taak.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (ingelogd != null && ingelogd.getUserId() != null) {
            return ingelogd.getUserId();
        }
        return taak.getAssignee() != null ? taak.getAssignee() : "systeem";
    }
}
