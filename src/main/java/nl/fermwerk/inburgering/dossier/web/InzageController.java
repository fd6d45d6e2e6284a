package nl.fermwerk.inburgering.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.toegang.Doel;
import nl.fermwerk.inburgering.toegang.DossierToegang;
import nl.fermwerk.inburgering.toegang.GeenToegangException;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inzage (AVG art. 15): everything held about the person of one dossier, as one JSON document, for functioneel beheer
 * to hand over. The dossier state, every event, the access log, and the engine's history of the trajectory (process
 * instances, tasks and variables).
 */
@RestController
class InzageController {

    private final DossierService dossiers;
    private final Toegangslog log;
    private final DossierToegang toegang;
    private final HistoryService historie;

    InzageController(DossierService dossiers, Toegangslog log, DossierToegang toegang, HistoryService historie) {
        this.dossiers = dossiers;
        this.log = log;
        this.toegang = toegang;
        this.historie = historie;
    }

    @GetMapping(path = "/api/dossiers/{id}/inzage", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> inzage(@PathVariable String id, Authentication gebruiker, HttpServletRequest verzoek) {
        String doel = Doel.van(verzoek, "inzageverzoek AVG art. 15");
        if (!toegang.magInzage(gebruiker)) {
            log.registreerGeweigerd(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
            throw new GeenToegangException("Alleen functioneel beheer stelt een inzage (AVG art. 15) op.");
        }
        Map<String, Object> inzage = new LinkedHashMap<>();
        inzage.put("dossierId", id);
        inzage.put("opgesteldOp", Klok.nu());
        inzage.put("opgesteldDoor", gebruiker.getName());
        inzage.put("dossier", dossiers.vind(id));
        inzage.put("gebeurtenissen", dossiers.gebeurtenissen(id));
        // Recorded first, so the inzage itself appears in the log it hands over
        log.registreer(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
        inzage.put("toegangslog", log.vanDossier(id));
        List<HistoricProcessInstance> instanties = historie.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id).orderByProcessInstanceStartTime().asc().list();
        inzage.put("procesinstanties", instanties.stream().map(InzageController::instantie).toList());
        List<String> ids = instanties.stream().map(HistoricProcessInstance::getId).toList();
        inzage.put("taken", historie.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(id).orderByHistoricActivityInstanceStartTime().asc().list()
                .stream().map(t -> {
                    Map<String, Object> taak = new LinkedHashMap<>();
                    taak.put("taak", t.getTaskDefinitionKey());
                    taak.put("naam", t.getName());
                    taak.put("start", t.getStartTime());
                    taak.put("einde", t.getEndTime());
                    taak.put("behandelaar", t.getAssignee());
                    taak.put("afloop", t.getDeleteReason());
                    return taak;
                }).toList());
        inzage.put("variabelen", ids.isEmpty() ? List.of() : historie.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(ids.toArray(String[]::new)).disableCustomObjectDeserialization().list()
                .stream().map(v -> {
                    Map<String, Object> variabele = new LinkedHashMap<>();
                    variabele.put("naam", v.getName());
                    variabele.put("waarde", v.getValue() == null ? null : String.valueOf(v.getValue()));
                    variabele.put("type", v.getTypeName());
                    variabele.put("taak", v.getTaskId() != null);
                    return variabele;
                }).toList());
        return inzage;
    }

    private static Map<String, Object> instantie(HistoricProcessInstance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("proces", p.getProcessDefinitionKey());
        m.put("start", p.getStartTime());
        m.put("einde", p.getEndTime());
        m.put("status", p.getState());
        return m;
    }
}
