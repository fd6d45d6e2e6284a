package nl.fermwerk.inburgering.modellen;

import java.util.Map;
import java.util.Set;

/**
 * What a model may reach from an expression: the security policy for models (issue #20), in one place, in code and
 * not in configuration, because widening it is a change of what a beleidsmedewerker may make the application do.
 * Both the deploy check ({@link Expressiekeuring}) and the engine's expression manager at runtime
 * ({@link AfgeschermdeExpressionManager}) read these lists, so they cannot drift apart.
 * <p>
 * Adding a bean for models is one line here: its name with the methods a model may call on it (a delegate has none:
 * the engine calls it, the model only names it). Whatever is not listed is refused.
 */
public final class ToegestaneExpressies {

    /** Beans whose methods a model may call, e.g. {@code ${termijnen.uiterlijk(pipDatum, 'P12M')}}. */
    static final Map<String, Set<String>> BEANS = Map.of(
            "termijnen", Set.of("uiterlijk", "vervaldatum", "dagNa", "vanafVandaag", "vervalmoment", "cyclus"),
            "trajectGebeurtenissen", Set.of("leg"));

    /** Beans a model may name as {@code camunda:delegateExpression="${naam}"}; the engine calls their execute. */
    static final Set<String> DELEGATES = Set.of("termijnOverschreden", "verhuizingVerwerken", "termijnHerinnering",
            "termijnPrioriteit", "termijnVervallen", "routewissel", "handhavingStarten");

    /**
     * The engine's own objects in an expression ({@code execution} in a process, {@code task} in a task listener):
     * each leads to every engine service ({@code getProcessEngineServices()}), so a model may only read variables
     * through them, or hand them to one of the methods above.
     */
    static final Set<String> ENGINEOBJECTEN = Set.of("execution", "task", "externalTask", "caseExecution");

    /** Methods a model may call on an engine object. */
    static final Set<String> VARIABELEN_LEZEN = Set.of("getVariable", "hasVariable", "getVariableLocal",
            "hasVariableLocal");

    /** The result of a business rule task, in its output mapping: {@code ${decisionResult.getSingleResult().x}}. */
    static final String BESLISRESULTAAT = "decisionResult";

    /** Methods on {@link #BESLISRESULTAAT} that give one rule's outputs (a map, whose entries a model may read). */
    static final Set<String> BESLISREGEL_LEZEN = Set.of("getSingleResult", "getFirstResult");

    /** Methods on {@link #BESLISRESULTAAT} that give one output value. */
    static final Set<String> BESLISWAARDE_LEZEN = Set.of("getSingleEntry");

    private ToegestaneExpressies() {
    }
}
