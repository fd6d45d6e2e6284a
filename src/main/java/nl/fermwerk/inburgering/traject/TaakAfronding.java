package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.dossier.Dossiernummer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Records a completed task as a dossier event, in the engine's transaction, after checking the decision variables
 * the task must hand over. A missing or invalid one stops the completion with a message for the worker.
 *
 * <p>The event holds every field of the task's form, so the task's own notes are kept where the access model already
 * filters per onderdeel. Only the decision variables stay in the process for the flow to read; the task's other
 * answers (a {@code toelichting}, the date of a conversation) leave the process in the same transaction, so no later
 * task's form, and no partner reading the next task's variables, finds another task's notes.
 */
class TaakAfronding implements TaskListener {

    /** Bounds the removal loop: a variable can only be on so many scopes between the task and the process. */
    private static final int MAXIMALE_DIEPTE = 16;

    private final Gebeurtenissen gebeurtenissen;
    private final Beslisvariabelen controle;
    private final Beslisregels regels;
    private final String gebeurtenis;
    private final String onderdeel;
    private final List<String> beslisvariabelen;
    /** The check the model asks for on this completion (task property {@code controle}); null for none. */
    private final String afrondingscontrole;

    TaakAfronding(Gebeurtenissen gebeurtenissen, Beslisvariabelen controle, Beslisregels regels, String gebeurtenis,
                  String onderdeel, List<String> beslisvariabelen, String afrondingscontrole) {
        this.gebeurtenissen = gebeurtenissen;
        this.controle = controle;
        this.regels = regels;
        this.gebeurtenis = gebeurtenis;
        this.onderdeel = onderdeel;
        this.beslisvariabelen = List.copyOf(beslisvariabelen);
        this.afrondingscontrole = afrondingscontrole;
    }

    List<String> beslisvariabelen() {
        return beslisvariabelen;
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
        List<String> eigenVelden = new ArrayList<>(Taakantwoorden.velden((TaskEntity) taak));
        eigenVelden.removeAll(beslisvariabelen);
        // What the form requires, the server requires too, whichever client completed the task
        for (String naam : Formulieren.van((TaskEntity) taak).map(Formulier::verplicht).orElse(java.util.Set.of())) {
            if (!beslisvariabelen.contains(naam)) {
                data.put(naam, controle.controleer(taak.getTaskDefinitionKey(), naam, taak.getVariable(naam)));
            }
        }
        for (String naam : eigenVelden) {
            Object waarde = alsGegeven(taak.getVariable(naam));
            if (waarde != null && !data.containsKey(naam)) {
                data.put(naam, waarde);
            }
        }
        regels.controleer(taak, data, afrondingscontrole);
        gebeurtenissen.voegToe(Dossiernummer.van(taak.getExecution()), gebeurtenis, data, Klok.nu(), actor(taak));
        for (String naam : eigenVelden) {
            for (int i = 0; i < MAXIMALE_DIEPTE && taak.hasVariable(naam); i++) {
                taak.removeVariable(naam);
            }
        }
    }

    /** A field's value as the event records it: a date as its day, an empty field not at all. */
    private static Object alsGegeven(Object waarde) {
        if (waarde == null || (waarde instanceof String tekst && tekst.isBlank())) {
            return null;
        }
        if (waarde instanceof Date datum) {
            return datum.toInstant().atZone(Klok.ZONE).toLocalDate().toString();
        }
        if (waarde instanceof String || waarde instanceof Number || waarde instanceof Boolean) {
            return waarde;
        }
        return String.valueOf(waarde);
    }

    private static String actor(DelegateTask taak) {
        Authentication ingelogd = taak.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (ingelogd != null && ingelogd.getUserId() != null) {
            return ingelogd.getUserId();
        }
        return taak.getAssignee() != null ? taak.getAssignee() : "systeem";
    }
}
