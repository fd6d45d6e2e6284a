package nl.fermwerk.inburgering.simulatie;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.fermwerk.inburgering.basis.Klok;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * Completes a task as its partner would in a simulated caseload: it reads which decision variables the task asks
 * for (extension property {@code beslisvariabelen}) and answers them with plausible, seeded values, and fills in what
 * else its form requires ({@link Formulierinvulling}), on the engine it is given (ours, or the benchmark's bare one).
 */
public class TaakUitvoerder {

    private final TaskService taken;
    private final RepositoryService repository;
    private final FormService formulieren;
    private final Map<String, Map<String, String>> eigenschappenPerTaak = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> formulierPerTaak = new ConcurrentHashMap<>();
    private final HistoryService historie;

    /** The extension property that says how long a task runs (docs/watals.md, "Behaviour"). */
    public static final String DUUR = "duur";
    private static final String BIJSTELLING = "bijstellingPip";

    /**
     * The events of inburgeringstraject.bpmn by which the plicht ends otherwise than met, and the resultaat the
     * afsluiting records for each: the simulated worker records the end the trajectory took.
     */
    private static final Map<String, String> ANDERE_EINDEN = Map.of("Bericht_OntheffingVerleend", "ONTHEFFING",
            "Bericht_VrijstellingVerleend", "VRIJSTELLING", "Escalatie_BuitenRegio", "VERHUISD",
            "Escalatie_TermijnVerstreken", "TERMIJN_VERSTREKEN");

    public TaakUitvoerder(ProcessEngine engine) {
        this.taken = engine.getTaskService();
        this.repository = engine.getRepositoryService();
        this.formulieren = engine.getFormService();
        this.historie = engine.getHistoryService();
    }

    /** Profile of one simulated inburgeraar: how the trajectory goes for this person. */
    public record Profiel(String leerroute, boolean handhaving, boolean schakelt, boolean werk) {
    }

    public void rondAf(Task taak, Profiel profiel, Random random) {
        Map<String, Object> antwoorden = new HashMap<>();
        JsonNode formulier = formulier(taak);
        Set<String> alleenLezen = Formulierinvulling.alleenLezen(formulier);
        for (String naam : beslisvariabelen(taak)) {
            // A read-only field (the missed term of termijnBewaking) keeps the system's value, as in Tasklist
            if (!alleenLezen.contains(naam)) {
                antwoorden.put(naam, waarde(naam, taak, profiel, random));
            }
        }
        Map<String, Object> ingevuld = Formulierinvulling.aangevuld(formulier, antwoorden);
        try {
            taken.complete(taak.getId(), ingevuld);
        } catch (RuntimeException geweigerd) {
            Object vorige = BIJSTELLING.equals(taak.getTaskDefinitionKey())
                    ? taken.getVariable(taak.getId(), "vorigeLeerroute") : null;
            if (vorige == null || vorige.equals(ingevuld.get("leerroute"))) {
                throw geweigerd;
            }
            // The switch came too late (table schakelen): the casusregisseur keeps the route, as after the refusal
            // in Tasklist, so the bijstelling does not stay open
            ingevuld.put("leerroute", vorige);
            taken.complete(taak.getId(), ingevuld);
        }
    }

    /**
     * How long the task runs, as its model says (extension property {@value #DUUR}: {@code MAANDEN} for a module or
     * programme of months, {@code JAREN} for a course of years); null for every other task, which a partner does in
     * days or weeks.
     */
    public String duur(Task taak) {
        return eigenschappen(taak).get(DUUR);
    }

    /**
     * The task's form, read once per process definition and task: the forms are bound {@code latest}, and nothing is
     * deployed while a caseload is driven.
     */
    private JsonNode formulier(Task taak) {
        return formulierPerTaak.computeIfAbsent(taak.getProcessDefinitionId() + "#" + taak.getTaskDefinitionKey(),
                sleutel -> Formulierinvulling.formulier(formulieren, taak.getId()));
    }

    private Object waarde(String naam, Task taak, Profiel profiel, Random random) {
        LocalDate vandaag = Klok.vandaag();
        return switch (naam) {
            case "leerroute" -> BIJSTELLING.equals(taak.getTaskDefinitionKey()) && profiel.schakelt()
                    ? ("B1".equals(profiel.leerroute()) ? "Z" : "B1") : profiel.leerroute();
            case "uitkomst" -> uitkomst(taak, profiel, random);
            // Half the PIPs ask for a taalvrijwilliger (verify)
            case "taalvrijwilliger" -> random.nextBoolean();
            case "voorziening" -> random.nextBoolean() ? "SOCIAAL_TEAM" : "WMO";
            case "boeteArtikel" -> "ART_23";
            case "handhavingsstap", "besluit" -> "BOETE";
            case "zienswijzeGegeven" -> random.nextBoolean();
            case "dagtekening" -> vandaag.toString();
            case "zienswijzeTot" -> vandaag.plusWeeks(2).toString();
            case "boeteBedrag" -> 100 + random.nextInt(7) * 100;
            case "praktijkUren" -> 40 + random.nextInt(40);
            case "participatieUren" -> 800;
            case "uitstroomWerk" -> profiel.werk();
            // One in four statushouders needs budgetcoaching after financiele zelfredzaamheid
            case "budgetcoachingNodig" -> random.nextInt(4) == 0;
            // Met, unless the trajectory ended otherwise; the afsluiting check refuses any other answer
            case "resultaat" -> einde(taak);
            case "examenBehaald", "knmBehaald", "mapAfgerond", "participatieAfgerond" -> true;
            case "examenniveau" -> "B1";
            default -> naam.toLowerCase().contains("datum") ? vandaag.toString()
                    : naam.toLowerCase().contains("uren") ? 10 : "gedaan";
        };
    }

    private String einde(Task taak) {
        return historie.createHistoricActivityInstanceQuery().processInstanceId(taak.getProcessInstanceId()).list()
                .stream().map(a -> ANDERE_EINDEN.get(a.getActivityId())).filter(java.util.Objects::nonNull)
                .findFirst().orElse("VOLDAAN");
    }

    /**
     * The outcome of a voortgangsgesprek: who switches leerroute does so at the first gesprek (once: the bijstelling
     * follows it, within the 18 months of table schakelen); who may meet handhaving meets it at one gesprek in three;
     * otherwise one gesprek in ten calls in the sociaal team and one in ten the casuïstiekoverleg (verify).
     */
    private String uitkomst(Task taak, Profiel profiel, Random random) {
        if (profiel.schakelt() && historie.createHistoricTaskInstanceQuery()
                .processInstanceId(taak.getProcessInstanceId()).taskDefinitionKey(BIJSTELLING).count() == 0) {
            return "BIJSTELLING_PIP";
        }
        if (profiel.handhaving() && random.nextInt(3) == 0) {
            return "HANDHAVING";
        }
        return switch (random.nextInt(10)) {
            case 0 -> "SOCIAAL_TEAM";
            case 1 -> "CASUISTIEKOVERLEG";
            default -> "GEEN_ACTIE";
        };
    }

    private List<String> beslisvariabelen(Task taak) {
        String waarde = eigenschappen(taak).get("beslisvariabelen");
        return waarde == null ? List.of() : Arrays.stream(waarde.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The task's extension properties, read once per process definition and task. */
    private Map<String, String> eigenschappen(Task taak) {
        return eigenschappenPerTaak.computeIfAbsent(taak.getProcessDefinitionId() + "#" + taak.getTaskDefinitionKey(),
                sleutel -> {
                    UserTask element = repository.getBpmnModelInstance(taak.getProcessDefinitionId())
                            .getModelElementById(taak.getTaskDefinitionKey());
                    if (element == null || element.getExtensionElements() == null) {
                        return Map.of();
                    }
                    Map<String, String> eigenschappen = new HashMap<>();
                    element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                            .list().stream().flatMap(p -> p.getCamundaProperties().stream())
                            .filter(p -> p.getCamundaName() != null && p.getCamundaValue() != null)
                            .forEach(p -> eigenschappen.put(p.getCamundaName(), p.getCamundaValue().strip()));
                    return Map.copyOf(eigenschappen);
                });
    }
}
