package nl.fermwerk.inburgering.modellen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.routing.TaakEigenschappen;
import nl.fermwerk.inburgering.routing.Taakverdeling;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The structural checks every model in processes/ and forms/ must pass, beyond what Modeler's lint can know because
 * it needs the application: the taakverdeling, the forms, the engine's own parsers and the messages the application
 * correlates; and the rules the engine enforces when a model is deployed ({@link Modelkeuring}: no scripts, no Java
 * classes, only allowed expressions and delegates, FEEL only, safe forms), with the same implementation, so CI and
 * the server agree. Each finding names the file and the element a beleidsmedewerker must open.
 */
@Component
public class ModelControle {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final Modelkeuring keuring;
    private final ExpressionManager expressies;
    private final DmnEngine dmn;
    private final CommandExecutor engineCommando;
    private final ObjectMapper json = new ObjectMapper();

    public ModelControle(Modelkeuring keuring, ProcessEngineConfigurationImpl engine) {
        this.keuring = keuring;
        this.expressies = engine.getExpressionManager();
        // The engine's own DMN engine: the taakverdeling is evaluated exactly as the routing evaluates it
        this.dmn = engine.getDmnEngine();
        // ...which reads engine settings (history time to live) from the command context, as during a deployment
        this.engineCommando = engine.getCommandExecutorTxRequired();
    }

    /** Checks every BPMN and DMN file under {@code processen} and every form under {@code formulieren}. */
    public List<Bevinding> controleer(Path processen, Path formulieren) throws IOException {
        List<Bevinding> bevindingen = new ArrayList<>();
        Map<String, Formulier> formulierenOpId = leesFormulieren(formulieren, bevindingen);
        Function<String, List<String>> gemeentenZonderRegel = taakverdeling(processen, bevindingen);
        for (Path bpmn : bestanden(processen, ".bpmn")) {
            controleerProces(naam(processen, bpmn), bpmn, formulierenOpId, gemeentenZonderRegel, bevindingen);
        }
        for (Path pad : bestanden(processen, ".bpmn", ".dmn")) {
            keur(naam(processen, pad), pad, bevindingen);
        }
        for (Path pad : bestanden(formulieren, ".form")) {
            keur(naam(formulieren, pad), pad, bevindingen);
        }
        return bevindingen;
    }

    /** The rules the engine enforces at deploy time (Modelkeuring): what CI reports, the server would refuse. */
    private void keur(String bestand, Path pad, List<Bevinding> bevindingen) throws IOException {
        for (Overtreding o : keuring.keur(bestand, Files.readAllBytes(pad))) {
            if (o.regel() == Regel.LEESBAAR) {
                // reading every file above reported it already, with the parser that matters for it
                continue;
            }
            bevindingen.add(new Bevinding(o.bestand(), o.element().isBlank() ? "" : "element '" + o.element() + "'",
                    o.melding() + " (regel: " + o.regel().naam() + ")"));
        }
    }

    private record Formulier(String bestand, Set<String> velden) {
    }

    private void controleerProces(String bestand, Path pad, Map<String, Formulier> formulieren,
                                  Function<String, List<String>> gemeentenZonderRegel, List<Bevinding> bevindingen)
            throws IOException {
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(pad)) {
            model = Bpmn.readModelFromStream(in);
        } catch (RuntimeException onleesbaar) {
            bevindingen.add(new Bevinding(bestand, "", "geen geldige BPMN: " + onleesbaar.getMessage()));
            return;
        }
        for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
            controleerTaak(bestand, taak, formulieren, gemeentenZonderRegel, bevindingen);
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            controleerTimer(bestand, timer, bevindingen);
        }
        controleerBerichten(bestand, model, bevindingen);
        for (SequenceFlow pijl : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression voorwaarde = pijl.getConditionExpression();
            if (voorwaarde != null && voorwaarde.getLanguage() == null) {
                expressie(voorwaarde.getTextContent()).ifPresent(fout -> bevindingen.add(new Bevinding(bestand,
                        "pijl '" + pijl.getId() + "'", "voorwaarde is geen geldige expressie: " + fout)));
            }
        }
    }

    private void controleerTaak(String bestand, UserTask taak, Map<String, Formulier> formulieren,
                                Function<String, List<String>> gemeentenZonderRegel, List<Bevinding> bevindingen) {
        String element = "gebruikerstaak '" + taak.getId() + "'";
        Map<String, String> eigenschappen = eigenschappen(taak);
        String eigenGroepen = taak.getCamundaCandidateGroups();
        // A task whose model names its candidate groups is routed by the model, not by the taakverdeling
        if (eigenGroepen == null || eigenGroepen.isBlank()) {
            String onderdeel = eigenschappen.get(TaakEigenschappen.ONDERDEEL);
            if (onderdeel == null || onderdeel.isBlank()) {
                bevindingen.add(new Bevinding(bestand, element, "heeft geen eigenschap 'onderdeel' (Extension "
                        + "properties), dus de taakverdeling kan de taak aan niemand toewijzen."));
            } else {
                List<String> zonder = gemeentenZonderRegel.apply(onderdeel.strip());
                if (!zonder.isEmpty()) {
                    bevindingen.add(new Bevinding(bestand, element, "de taakverdeling kent onderdeel '" + onderdeel
                            + "' niet voor " + String.join(", ", zonder)
                            + ": voeg een regel toe in processes/taakverdeling.dmn of kies een bestaand onderdeel."));
                }
            }
        }
        String duur = eigenschappen.get(TaakEigenschappen.DUUR);
        if (duur != null && !TaakEigenschappen.DUREN.contains(duur.strip())) {
            bevindingen.add(new Bevinding(bestand, element, "eigenschap 'duur' is '" + duur + "'; kies MAANDEN of "
                    + "JAREN, of laat de eigenschap weg voor een taak van dagen of weken."));
        }
        String formRef = taak.getCamundaFormRef();
        if (formRef == null || formRef.isBlank()) {
            bevindingen.add(new Bevinding(bestand, element, "heeft geen formulier (Form: Camunda Forms, "
                    + "camunda:formRef); Tasklist kan de taak dan niet tonen."));
            return;
        }
        Formulier formulier = formulieren.get(formRef.strip());
        if (formulier == null) {
            bevindingen.add(new Bevinding(bestand, element, "verwijst naar formulier '" + formRef
                    + "', maar geen formulier in forms/ heeft dat id."));
            return;
        }
        for (String variabele : lijst(eigenschappen.get(TaakEigenschappen.BESLISVARIABELEN))) {
            if (!formulier.velden().contains(variabele)) {
                bevindingen.add(new Bevinding(bestand, element, "beslisvariabele '" + variabele
                        + "' is geen veld (key) van formulier '" + formRef + "' (" + formulier.bestand()
                        + "), dus de taak kan in Tasklist niet worden afgerond."));
            }
        }
    }

    private void controleerTimer(String bestand, TimerEventDefinition timer, List<Bevinding> bevindingen) {
        String element = "timer van " + idVan(timer);
        Map<String, Expression> soorten = new LinkedHashMap<>();
        soorten.put("timeDuration", timer.getTimeDuration());
        soorten.put("timeCycle", timer.getTimeCycle());
        soorten.put("timeDate", timer.getTimeDate());
        soorten.values().removeIf(waarde -> waarde == null);
        if (soorten.isEmpty()) {
            bevindingen.add(new Bevinding(bestand, element, "heeft geen tijd (Duration, Cycle of Date)."));
        }
        soorten.forEach((soort, waarde) -> {
            String tekst = waarde.getTextContent() == null ? "" : waarde.getTextContent().strip();
            Optional<String> fout = tekst.contains("${") || tekst.contains("#{") ? expressie(tekst)
                    : letterlijk(soort, tekst);
            fout.ifPresent(f -> bevindingen.add(new Bevinding(bestand, element, soort + " '" + tekst
                    + "' is ongeldig: " + f)));
        });
    }

    /** A literal term, read by the engine's own business calendars (ISO 8601, or cron for a cycle). */
    private static Optional<String> letterlijk(String soort, String tekst) {
        if (tekst.isEmpty()) {
            return Optional.of("leeg");
        }
        BusinessCalendar kalender = switch (soort) {
            case "timeDuration" -> new DurationBusinessCalendar();
            case "timeCycle" -> new CycleBusinessCalendar();
            default -> new DueDateBusinessCalendar();
        };
        try {
            if (kalender.resolveDuedate(tekst) == null) {
                return Optional.of("de engine kan er geen tijdstip uit afleiden.");
            }
            return Optional.empty();
        } catch (RuntimeException fout) {
            return Optional.of(fout.getMessage() == null ? fout.getClass().getSimpleName() : fout.getMessage());
        }
    }

    /** Parses an expression as the engine does when it deploys; evaluating needs a running instance. */
    private Optional<String> expressie(String tekst) {
        try {
            expressies.createExpression(tekst == null ? "" : tekst.strip());
            return Optional.empty();
        } catch (RuntimeException fout) {
            return Optional.of(fout.getMessage() == null ? fout.getClass().getSimpleName() : fout.getMessage());
        }
    }

    private static void controleerBerichten(String bestand, BpmnModelInstance model, List<Bevinding> bevindingen) {
        for (Message bericht : model.getModelElementsByType(Message.class)) {
            String naam = bericht.getName();
            if (naam == null || naam.isBlank()) {
                bevindingen.add(new Bevinding(bestand, "bericht '" + bericht.getId() + "'", "heeft geen naam."));
            } else if (!Berichten.wordtOntvangen(naam.strip())) {
                bevindingen.add(new Bevinding(bestand, "bericht '" + bericht.getId() + "'", "berichtnaam '" + naam
                        + "' wordt door de applicatie niet ontvangen (bekend: " + String.join(", ", Berichten.ALLE)
                        + "); een proces dat erop wacht, wacht voor altijd."));
            }
        }
        for (MessageEventDefinition definitie : model.getModelElementsByType(MessageEventDefinition.class)) {
            if (definitie.getMessage() == null && definitie.getAttributeValueNs(CAMUNDA_NS, "delegateExpression") == null
                    && definitie.getAttributeValueNs(CAMUNDA_NS, "class") == null) {
                bevindingen.add(new Bevinding(bestand, idVan(definitie),
                        "wacht op of verstuurt geen bericht: kies een bericht (Message)."));
            }
        }
    }

    /** For each onderdeel: the gemeenten for which the taakverdeling names no eerstverantwoordelijke group. */
    private Function<String, List<String>> taakverdeling(Path processen, List<Bevinding> bevindingen) throws IOException {
        DmnDecision beslissing = null;
        for (Path pad : bestanden(processen, ".dmn")) {
            byte[] inhoud = Files.readAllBytes(pad);
            try {
                List<DmnDecision> beslissingen = engineCommando.execute(context ->
                        dmn.parseDecisions(new ByteArrayInputStream(inhoud)));
                for (DmnDecision d : beslissingen) {
                    if (Taakverdeling.BESLISSING.equals(d.getKey())) {
                        beslissing = d;
                    }
                }
            } catch (RuntimeException onleesbaar) {
                bevindingen.add(new Bevinding(naam(processen, pad), "", "geen geldige DMN: " + onleesbaar.getMessage()));
            }
        }
        if (beslissing == null) {
            bevindingen.add(new Bevinding(processen.getFileName() + "/", Taakverdeling.BESLISSING,
                    "geen DMN-beslissing met id '" + Taakverdeling.BESLISSING + "' gevonden."));
            return onderdeel -> List.of();
        }
        DmnDecision tabel = beslissing;
        Map<String, List<String>> bekend = new LinkedHashMap<>();
        return onderdeel -> bekend.computeIfAbsent(onderdeel, o -> Arrays.stream(Gemeente.values())
                .map(Gemeente::name).filter(gemeente -> !heeftRegel(tabel, gemeente, o)).toList());
    }

    private boolean heeftRegel(DmnDecision tabel, String gemeente, String onderdeel) {
        try {
            DmnDecisionResultEntries regel = engineCommando.execute(context -> dmn.evaluateDecision(tabel,
                    Variables.createVariables().putValue("gemeente", gemeente).putValue("onderdeel", onderdeel))
                    .getFirstResult());
            return regel != null && regel.getEntryMap().get("eerstverantwoordelijke") instanceof String groep
                    && !groep.isBlank();
        } catch (RuntimeException meerdereRegels) {
            // e.g. two rules for one cell under hit policy UNIQUE: the routing would fail as well
            return false;
        }
    }

    private Map<String, Formulier> leesFormulieren(Path formulieren, List<Bevinding> bevindingen) throws IOException {
        Map<String, Formulier> opId = new LinkedHashMap<>();
        for (Path pad : bestanden(formulieren, ".form")) {
            String bestand = naam(formulieren, pad);
            JsonNode schema;
            try {
                schema = json.readTree(pad.toFile());
            } catch (IOException onleesbaar) {
                bevindingen.add(new Bevinding(bestand, "", "geen geldige JSON: " + onleesbaar.getMessage()));
                continue;
            }
            String id = schema.path("id").asText("");
            if (id.isBlank()) {
                bevindingen.add(new Bevinding(bestand, "", "het formulier heeft geen id (Form ID)."));
                continue;
            }
            Formulier eerder = opId.get(id);
            if (eerder != null) {
                bevindingen.add(new Bevinding(bestand, "formulier '" + id + "'", "hetzelfde id als "
                        + eerder.bestand() + "; Tasklist toont dan een willekeurig van de twee."));
                continue;
            }
            Set<String> velden = new HashSet<>();
            verzamelVelden(schema.path("components"), velden);
            opId.put(id, new Formulier(bestand, velden));
        }
        return opId;
    }

    private static void verzamelVelden(JsonNode componenten, Set<String> velden) {
        for (JsonNode component : componenten) {
            if (component.hasNonNull("key")) {
                velden.add(component.get("key").asText());
            }
            verzamelVelden(component.path("components"), velden);
        }
    }

    private static Map<String, String> eigenschappen(UserTask taak) {
        Map<String, String> eigenschappen = new LinkedHashMap<>();
        if (taak.getExtensionElements() == null) {
            return eigenschappen;
        }
        for (CamundaProperties lijst : taak.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty eigenschap : lijst.getCamundaProperties()) {
                eigenschappen.put(eigenschap.getCamundaName(), eigenschap.getCamundaValue());
            }
        }
        return eigenschappen;
    }

    private static List<String> lijst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An event definition is named by its event: the element a beleidsmedewerker clicks in Modeler. */
    private static String idVan(ModelElementInstance definitie) {
        return elementVan(definitie.getDomElement().getParentElement());
    }

    private static String elementVan(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (id != null && !id.isBlank()) {
                return e.getLocalName() + " '" + id + "'";
            }
        }
        return element.getLocalName();
    }

    private static List<Path> bestanden(Path map, String... extensies) throws IOException {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> alle = Files.walk(map)) {
            return alle.filter(p -> Arrays.stream(extensies).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        }
    }

    private static String naam(Path map, Path bestand) {
        return map.getFileName() + "/" + map.relativize(bestand).toString().replace('\\', '/');
    }
}
