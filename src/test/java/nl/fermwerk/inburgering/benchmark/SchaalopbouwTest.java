package nl.fermwerk.inburgering.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale dataset's walk, small: 60 dossiers over three years in the shared context (the builder called with its
 * beans; profile {@code schaal} would start a context of its own), in steps of four weeks instead of one (the walk's
 * cost is mostly its 156 weekly steps; the shape does not depend on the step). Counted over its own dossiers only: the shared
 * database holds other tests' too.
 */
@IntegratieTest
class SchaalopbouwTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DossierService service;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void zestigDossiersSpreidenOverDrieJaar() throws Exception {
        Schaalopbouw.Resultaat resultaat = new Schaalopbouw(engine, service, jdbc,
                Schaalopbouw.MAX_AFRONDINGEN, Duration.ofDays(28)).bouw(60, 17, "Schaaltest");
        LocalDate vandaag = Klok.vandaag();
        List<String> ids = resultaat.dossierIds();

        // Every dossier opened once, each with one trajectory
        assertThat(ids).hasSize(60).doesNotContainNull().doesNotHaveDuplicates();
        for (String id : ids) {
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                    .processDefinitionKey("inburgeringstraject").count()).as(id).isEqualTo(1);
        }

        // Koppelingen in each of the three years back from today
        for (int jaar = 0; jaar < Schaalopbouw.JAREN; jaar++) {
            LocalDate van = vandaag.minusYears(jaar + 1L);
            LocalDate tot = vandaag.minusYears(jaar);
            assertThat(resultaat.koppelingen()).as("koppelingen tussen %s en %s", van, tot)
                    .anyMatch(k -> k.isAfter(van) && !k.isAfter(tot));
        }

        // The tasks carry the date of their dossier's step, not today's: created over the years
        String[] sleutels = ids.toArray(String[]::new);
        Set<Integer> aangemaakt = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyIn(sleutels).list().stream()
                .map(t -> t.getStartTime().toInstant().atZone(Klok.ZONE).getYear()).collect(Collectors.toSet());
        assertThat(aangemaakt).hasSizeGreaterThanOrEqualTo(3);

        // Open tasks' due dates spread instead of bunching in one month
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyIn(sleutels).list();
        Set<String> maanden = new HashSet<>();
        open.stream().filter(t -> t.getDueDate() != null).forEach(t -> maanden.add(
                t.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().withDayOfMonth(1).toString()));
        assertThat(maanden).hasSizeGreaterThan(3);

        // Part of the work was done, part left so terms ran out and escalated
        assertThat(resultaat.afgerond()).isPositive();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(sleutels)
                .taskDefinitionKey("termijnBewaking").count()).isPositive();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(sleutels)
                .finished().count()).isGreaterThanOrEqualTo(resultaat.afgerond());
    }
}
