package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.dossier.Feit;

import nl.fermwerk.inburgering.routing.TaakEigenschappen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A task's answers leave the process when it completes, except its {@code beslisvariabelen}. That is only safe when
 * every variable the model reads (conditions, timers, due dates, mappings, listeners) and a form produces is a
 * decision variable of that form's task; this test reads the BPMN and the forms and holds them to it, together with
 * the lists of {@link Procesvariabelen}.
 */
class ProcesvariabelenTest {

    static final Pattern EXPRESSIE = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);
    static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\(\\s*'([^']+)'\\s*\\)");
    static final Pattern NAAM = Pattern.compile("(?<![.\\w'])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*\\()");
    /** Beans and EL words: not variables. */
    static final Set<String> GEEN_VARIABELE = Set.of("termijnen", "trajectGebeurtenissen", "termijnOverschreden",
            "verhuizingVerwerken", "execution", "task", "decisionResult", "true", "false", "null", "and", "or", "not",
            "eq", "ne", "lt", "gt", "le", "ge", "empty", "div", "mod");

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static BpmnModelInstance model;
    static final Map<String, UserTask> TAKEN = new LinkedHashMap<>();
    static final Map<String, Formulier> FORMULIEREN = new LinkedHashMap<>();
    static final Map<String, List<String>> BESLIS = new LinkedHashMap<>();

    @BeforeAll
    static void lees() throws IOException {
        try (InputStream bpmn = bron("processes/inburgeringstraject.bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
            TAKEN.put(taak.getId(), taak);
            try (InputStream formulier = bron("forms/" + taak.getCamundaFormRef() + ".form")) {
                FORMULIEREN.put(taak.getId(), Formulier.lees(formulier.readAllBytes()));
            }
            BESLIS.put(taak.getId(), taak.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list().stream()
                    .flatMap(p -> p.getCamundaProperties().stream())
                    .filter(p -> TaakEigenschappen.BESLISVARIABELEN.equals(p.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue).flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
    }

    private static InputStream bron(String pad) {
        InputStream in = ProcesvariabelenTest.class.getClassLoader().getResourceAsStream(pad);
        assertThat(in).as(pad).isNotNull();
        return in;
    }

    /** Every variable an expression of the model reads. */
    static Set<String> gelezen() {
        List<String> teksten = new ArrayList<>();
        model.getModelElementsByType(ConditionExpression.class).forEach(c -> teksten.add(c.getTextContent()));
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            Stream.<Expression>of(timer.getTimeDate(), timer.getTimeCycle(), timer.getTimeDuration())
                    .forEach(t -> teksten.add(t == null ? null : t.getTextContent()));
        }
        for (UserTask taak : TAKEN.values()) {
            teksten.add(taak.getCamundaDueDate());
            teksten.add(taak.getCamundaFollowUpDate());
        }
        model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> teksten.add(p.getTextContent()));
        model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> teksten.add(p.getTextContent()));
        model.getModelElementsByType(CamundaExecutionListener.class)
                .forEach(l -> teksten.add(l.getCamundaExpression()));
        Set<String> namen = new TreeSet<>();
        for (String tekst : teksten) {
            if (tekst == null) {
                continue;
            }
            Matcher expressie = EXPRESSIE.matcher(tekst);
            while (expressie.find()) {
                String inhoud = expressie.group(1);
                Matcher opgevraagd = GET_VARIABLE.matcher(inhoud);
                while (opgevraagd.find()) {
                    namen.add(opgevraagd.group(1));
                }
                Matcher naam = NAAM.matcher(inhoud.replaceAll("'[^']*'", "''"));
                while (naam.find()) {
                    if (!GEEN_VARIABELE.contains(naam.group(1))) {
                        namen.add(naam.group(1));
                    }
                }
            }
        }
        return namen;
    }

    /** Variables the system sets: the starter, the routing and card copies, the DMN's outputs, the escalation code. */
    static Set<String> doorHetSysteem() {
        Set<String> systeem = new LinkedHashSet<>(Procesvariabelen.SYSTEEM);
        model.getModelElementsByType(CamundaOutputParameter.class).forEach(p -> systeem.add(p.getCamundaName()));
        model.getModelElementsByType(CamundaInputParameter.class).forEach(p -> systeem.add(p.getCamundaName()));
        for (EscalationEventDefinition escalatie : model.getModelElementsByType(EscalationEventDefinition.class)) {
            String code = escalatie.getAttributeValueNs(CAMUNDA, "escalationCodeVariable");
            if (code != null) {
                systeem.add(code);
            }
        }
        return systeem;
    }

    @Test
    void elkeVariabeleDieHetModelLeestKomtVanHetSysteemOfIsEenBeslisvariabeleVanDeTaakDieHaarVraagt() {
        Set<String> gelezen = gelezen();
        // The terms' dates are no longer read by the trajectory: the watcher (termijnbewaking) counts from the events
        assertThat(gelezen).contains("uitkomst", "leerroute", "taalvrijwilligerInzetten", "open_MAP")
                .doesNotContain("pipDatum", "datumBudgetbeheer", "datumInschrijving");
        // ...except for a target date that is no term (no watcher, no escalation): the vrijwilliger in the first quarter
        assertThat(TAKEN.values().stream().filter(t -> Stream.of(t.getCamundaDueDate(), t.getCamundaFollowUpDate())
                .anyMatch(e -> e != null && e.contains("datumKoppeling"))).map(UserTask::getId))
                .containsExactly("vrijwilligerVoorstellen");
        List<String> fouten = new ArrayList<>();
        for (String variabele : gelezen) {
            boolean gevraagd = false;
            for (String taak : TAKEN.keySet()) {
                if (FORMULIEREN.get(taak).velden().contains(variabele)) {
                    gevraagd = true;
                    if (!BESLIS.get(taak).contains(variabele)) {
                        fouten.add(taak + " vraagt " + variabele + ", dat het model leest, maar noemt het niet in "
                                + "beslisvariabelen: bij het afronden zou het uit het proces verdwijnen");
                    }
                }
            }
            if (!gevraagd && !doorHetSysteem().contains(variabele)) {
                fouten.add("het model leest " + variabele
                        + ", maar geen formulier vraagt het en het systeem zet het niet");
            }
        }
        assertThat(fouten).isEmpty();
    }

    @Test
    void elkeBeslisvariabeleIsEenVeldVanHetFormulierVanHaarTaak() {
        List<String> fouten = new ArrayList<>();
        BESLIS.forEach((taak, namen) -> namen.stream().filter(n -> !FORMULIEREN.get(taak).velden().contains(n))
                .forEach(n -> fouten.add(taak + ": beslisvariabele " + n + " staat niet op het formulier")));
        assertThat(fouten).isEmpty();
    }

    @Test
    void geenFormulierVraagtOfToontMeerDanMag() {
        Set<String> gelezen = gelezen();
        List<String> fouten = new ArrayList<>();
        FORMULIEREN.forEach((taak, formulier) -> {
            formulier.velden().stream().filter(Procesvariabelen.SYSTEEM::contains)
                    .forEach(v -> fouten.add(taak + " vraagt systeemvariabele " + v));
            formulier.kopvariabelen().stream().filter(v -> !Procesvariabelen.CONTEXT.contains(v))
                    .forEach(v -> fouten.add(taak + " toont " + v
                            + " in de kop, dat niet in Procesvariabelen.CONTEXT staat"));
            // A task's own answer leaves the process at completion: it must not be what the flow reads elsewhere
            formulier.velden().stream().filter(v -> !BESLIS.get(taak).contains(v) && gelezen.contains(v))
                    .forEach(v -> fouten.add(taak + " vraagt " + v + " zonder het als beslisvariabele te noemen"));
        });
        assertThat(fouten).isEmpty();
        assertThat(FORMULIEREN.get("pvt").kopvariabelen()).contains("weergavenaam", "dossierId", "pipDatumLabel");
    }

    @Test
    void deStarterZetAlleenSysteemvariabelen() {
        Set<String> gestart = TrajectStarter.variabelen("IB-1", new Feit.DossierAangemaakt("111222333", "N",
                LocalDate.of(1990, 1, 1), Doelgroep.GEZINSMIGRANT, Gemeente.WOERDEN, Inkoopregio.U16, false,
                LocalDate.of(2026, 1, 1))).keySet();
        assertThat(Procesvariabelen.SYSTEEM).containsAll(gestart);
        assertThat(Procesvariabelen.KAART).isSubsetOf(new LinkedHashSet<>(Procesvariabelen.SYSTEEM));
    }
}
