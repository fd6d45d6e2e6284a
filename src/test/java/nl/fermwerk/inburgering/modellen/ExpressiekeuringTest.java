package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.StaticApplicationContext;

/**
 * The deploy check's judgement of one expression, on the tree of the engine's JUEL parser: what the models use
 * passes; every route from an expression to a bean, an engine service or a getter of some object is refused,
 * however it is written (method, property, brackets, nesting, functions, deferred #{...}).
 */
class ExpressiekeuringTest {

    final Expressiekeuring keuring = new Expressiekeuring(beleid());

    static Expressiebeleid beleid() {
        StaticApplicationContext context = new StaticApplicationContext();
        for (String bean : List.of("termijnen", "trajectGebeurtenissen", "termijnOverschreden", "verhuizingVerwerken",
                "dossierService", "repositoryService", "processEngineFactoryBean")) {
            context.registerSingleton(bean, Object.class);
        }
        context.refresh();
        return new Expressiebeleid(context, context.getBeanProvider(TestDelegates.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${termijnen.uiterlijk(datumKoppeling, 'P10W')}",
        "${termijnen.vervaldatum(termijnen.dagNa(pipDatum), 'P3Y')}",
        "${termijnen.vanafVandaag('P4W')}",
        "${trajectGebeurtenissen.leg(execution, 'AfsluitingGestart')}",
        "${decisionResult.getSingleResult().warmeOverdracht}",
        "${decisionResult.getFirstResult()['map']}",
        "${execution.getVariable('taalvrijwilliger') == true}",
        "${task.hasVariable('x') ? task.getVariable('x') : 'geen'}",
        "${map && leerroute != 'ONDERWIJS'}",
        "${uitkomst == 'GEEN_ACTIE'}",
        "${empty naarGemeente or naarGemeente != 'BUITEN_REGIO'}",
        "${null}",
        "Termijn voor ${leerroute}: ${termijnen.vervaldatum(pipDatum, 'P12M')}",
        "P10W",
        "gewone tekst zonder expressie",
        "\\${dossierService.vind('x')} (ontsnapt: letterlijke tekst)"})
    void watDeModellenGebruikenMag(String expressie) {
        assertThat(keuring.keur(expressie)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "${dossierService.vind('IB-1001').bsn()}",
        "${repositoryService.createDeployment().deploy()}",
        "${dossierService}",
        "#{dossierService.vind('IB-1001')}",
        "Naam: ${processEngineFactoryBean.processEngineConfiguration}",
        "${execution.getProcessEngineServices().getRepositoryService()}",
        "${execution.getProcessEngine()}",
        "${execution.processEngineServices.repositoryService}",
        "${execution['processEngineServices']}",
        "${(execution).getProcessEngineServices()}",
        "${task.execution}",
        "${task.getExecution().getVariable('x')}",
        "${execution.setVariable('leerroute', 'Z')}",
        "${execution}",
        "${leerroute.getClass().forName('java.lang.Runtime')}",
        "${leerroute.class}",
        "${leerroute['class']}",
        "${x.y}",
        "${termijnen.getClass()}",
        "${termijnen}",
        "${termijnen['uiterlijk'](pipDatum, 'P1D')}",
        "${termijnen.uiterlijk(execution.getProcessEngineServices(), 'P1D')}",
        "${trajectGebeurtenissen.leg(task.getExecution(), 'x')}",
        "${termijnOverschreden.execute(execution)}",
        "${decisionResult}",
        "${decisionResult.getResultList().get(0)}",
        "${decisionResult.getSingleResult().getClass()}",
        "${leerroute == 'B1' ? execution.processEngine : 1}",
        "${now()}",
        "${fn:toUpperCase(leerroute)}",
        "${termijn(}"})
    void elkeWegNaarCodeWordtGeweigerd(String expressie) {
        assertThat(keuring.keur(expressie)).as(expressie).isNotEmpty()
                .allSatisfy(bezwaar -> assertThat(bezwaar).startsWith("expressie '" + expressie.strip() + "'"));
    }

    @Test
    void eenWeigeringZegtWatEnWaaromInHetNederlands() {
        assertThat(keuring.keur("${dossierService.vind('IB-1001').bsn()}")).containsExactly("expressie "
                + "'${dossierService.vind('IB-1001').bsn()}': 'dossierService' is een onderdeel van de applicatie dat "
                + "modellen niet mogen gebruiken (toegestaan: termijnen.cyclus, termijnen.dagNa, termijnen.uiterlijk, "
                + "termijnen.vanafVandaag, termijnen.vervaldatum, termijnen.vervalmoment, trajectGebeurtenissen.leg)");
        assertThat(keuring.keur("${execution.getProcessEngineServices()}")).singleElement().asString()
                .contains("'execution.getProcessEngineServices()' is niet toegestaan", "alleen variabelen lezen");
    }

    @Test
    void eenDelegateExpressionNoemtPreciesEenToegestaneDelegate() {
        assertThat(keuring.keurDelegate("${termijnOverschreden}")).isEmpty();
        assertThat(keuring.keurDelegate("${verhuizingVerwerken}")).isEmpty();
        for (String verboden : List.of("${dossierService}", "${termijnen}", "${termijnOverschreden.x}",
                "${execution}", "termijnOverschreden", "${a}${termijnOverschreden}")) {
            assertThat(keuring.keurDelegate(verboden)).as(verboden).singleElement().asString()
                    .contains("termijnHerinnering, termijnOverschreden, termijnPrioriteit, termijnVervallen, "
                            + "verhuizingVerwerken");
        }
    }
}
