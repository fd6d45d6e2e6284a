package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A failing external step (a DUO export) is retried three times, five minutes apart, then becomes an incident that
 * Cockpit shows; once the cause is fixed and functioneel beheer retries the job, the dossier goes on.
 */
@IntegratieTest
class FalendeKoppelingTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService beheer;
    @Autowired
    HistoryService historie;
    @Autowired
    Gebeurtenissen gebeurtenissen;

    @BeforeEach
    void deploy() {
        testDossiers.deployEenmalig("externeStapTest", "testprocessen/externeStap.bpmn");
        SchakelbareKoppeling.STORING.set(true);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T09:00:00Z")));
    }

    @AfterEach
    void herstel() {
        SchakelbareKoppeling.STORING.set(false);
        ClockUtil.reset();
    }

    @Test
    void drieMislukkingenVijfMinutenUitElkaarGevenEenIncidentNaHerstelGaatHetDossierVerder() {
        String dossierId = "DUO-" + System.nanoTime();
        ProcessInstance instantie = runtime.startProcessInstanceByKey("externeStapTest", dossierId);
        Job job = job(instantie);
        assertThat(job.getRetries()).isEqualTo(3);

        Instant nu = ClockUtil.getCurrentTime().toInstant();
        for (int poging = 1; poging <= 3; poging++) {
            String jobId = job.getId();
            assertThatThrownBy(() -> beheer.executeJob(jobId)).hasMessageContaining("DUO niet bereikbaar");
            job = job(instantie);
            assertThat(job.getRetries()).as("retries na poging %d", poging).isEqualTo(3 - poging);
            assertThat(job.getExceptionMessage()).contains("DUO niet bereikbaar");
            if (poging < 3) {
                // The next attempt is due five minutes later, not earlier
                assertThat(job.getDuedate().toInstant()).isEqualTo(nu.plus(Duration.ofMinutes(5)));
                ClockUtil.setCurrentTime(Date.from(nu.plus(Duration.ofMinutes(4))));
                assertThat(beheer.createJobQuery().processInstanceId(instantie.getId()).executable().count()).isZero();
                nu = nu.plus(Duration.ofMinutes(5));
                ClockUtil.setCurrentTime(Date.from(nu));
                assertThat(beheer.createJobQuery().processInstanceId(instantie.getId()).executable().count()).isOne();
                assertThat(runtime.createIncidentQuery().processInstanceId(instantie.getId()).count()).isZero();
            }
        }

        // Three failures: an incident, as Cockpit shows it, and the step is not retried by itself any more
        Incident incident = runtime.createIncidentQuery().processInstanceId(instantie.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getActivityId()).isEqualTo("duoExport");
        assertThat(incident.getIncidentMessage()).contains("DUO niet bereikbaar");
        assertThat(beheer.createJobQuery().processInstanceId(instantie.getId()).executable().count()).isZero();
        assertThat(gebeurtenissen.vanDossier(dossierId)).isEmpty();
        assertThat(SchakelbareKoppeling.POGINGEN.get()).isGreaterThanOrEqualTo(3);

        // The cause is fixed; functioneel beheer gives the job one more retry (Cockpit: "Retry")
        SchakelbareKoppeling.STORING.set(false);
        beheer.setJobRetries(job.getId(), 1);
        beheer.executeJob(job.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instantie.getId()).count()).isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(instantie.getId()).singleResult()
                .getEndActivityId()).isEqualTo("Einde");
        assertThat(runtime.createIncidentQuery().processInstanceId(instantie.getId()).count()).isZero();
        assertThat(historie.createHistoricIncidentQuery().processInstanceId(instantie.getId()).resolved().count())
                .isOne();
        assertThat(gebeurtenissen.vanDossier(dossierId)).extracting(Gebeurtenis::type)
                .containsExactly("AfsluitingGestart");
    }

    private Job job(ProcessInstance instantie) {
        return beheer.createJobQuery().processInstanceId(instantie.getId()).singleResult();
    }
}
