package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading the terms writes nothing: the figures "as of" a peildatum run in a read-only transaction, which PostgreSQL
 * holds to (H2 does not), and the first reading of a newly deployed version of the table used to write the engine's
 * decision history there, so the first dashboard after a restart or a deployment answered 500. Runs in both suites.
 */
@IntegratieTest
class TermijnenLezenSchrijftNietsTest extends TrajectTestBasis {

    @Autowired
    RepositoryService repository;
    @Autowired
    Termijndefinities definities;
    @Autowired
    Rapportages rapportages;
    @Autowired
    PlatformTransactionManager transacties;

    @Test
    void eenNieuweVersieVanDeTabelLezenSchrijftGeenBeslishistorieOokNietInEenAlleenLezenTransactie() throws Exception {
        open("ASIELSTATUSHOUDER", "WOERDEN", true);
        open("GEZINSMIGRANT", "MONTFOORT", false);
        // The same table once more: a new version, so nothing of it is known yet on this node
        String deployment = repository.createDeployment().name("termijnen-lezen").enableDuplicateFiltering(false)
                .addInputStream("termijnen.dmn", new ClassPathResource("processes/termijnen.dmn").getInputStream())
                .deploy().getId();
        try {
            long historieVoor = historie.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(Termijndefinities.BESLISSING).count();
            TransactionTemplate alleenLezen = new TransactionTemplate(transacties);
            alleenLezen.setReadOnly(true);

            var kengetallen = alleenLezen.execute(t -> rapportages.kengetallen(Klok.vandaag(), null));
            var termijnen = alleenLezen.execute(t -> definities.voor(Doelgroep.OVERIGE_MIGRANT, Leerroute.Z));

            assertThat(kengetallen.totaal().aantalDossiers()).isGreaterThanOrEqualTo(2);
            assertThat(termijnen).isNotEmpty();
            assertThat(historie.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(Termijndefinities.BESLISSING).count()).isEqualTo(historieVoor);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void deCyclusVanDeVoortgangsgesprekkenLeestDeGedeploydeTabelZonderBeslishistorie() {
        long historieVoor = historie.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(Termijndefinities.BESLISSING).count();
        // What a timer expression in the model hands the bean: its execution, with the trajectory's doelgroep
        DelegateExecution execution = (DelegateExecution) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, methode, argumenten) -> switch (methode.getName()) {
                    case "getVariable" -> "doelgroep".equals(argumenten[0]) ? "ASIELSTATUSHOUDER" : null;
                    case "getProcessEngineServices" -> engine;
                    default -> throw new UnsupportedOperationException(methode.getName());
                });

        assertThat(new Termijnen().cyclus(execution, "VOORTGANGSGESPREK")).isEqualTo("R/P6M");
        assertThat(historie.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(Termijndefinities.BESLISSING).count()).isEqualTo(historieVoor);
    }
}
