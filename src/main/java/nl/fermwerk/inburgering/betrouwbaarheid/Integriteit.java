package nl.fermwerk.inburgering.betrouwbaarheid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import nl.fermwerk.inburgering.traject.TrajectStarter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks that the register is whole: every dossier's events gapless with an intact hash chain; every completed
 * trajectory task recorded by exactly one event and no task event without its completed task; every dossier with
 * exactly one trajectory, running unless it reached its end; no job (timer or async step) that succeeded twice.
 * Read-only; used by functioneel beheer after an incident, by the crash test and after a restore.
 */
@Component
public class Integriteit {

    private static final String VOLTOOID = "completed";
    private static final int PAGINA = 5_000;
    private static final String HISTORIE_OPSCHONEN = "history-cleanup";

    private final JdbcTemplate jdbc;
    private final Gebeurtenissen gebeurtenissen;
    private final HistoryService historie;

    public Integriteit(JdbcTemplate jdbc, Gebeurtenissen gebeurtenissen, HistoryService historie) {
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
        this.historie = historie;
    }

    public Rapport controleer() {
        // The dossier ids are the keys of the event store itself, not of a projection that could lag behind
        List<String> dossierIds = jdbc.queryForList("SELECT DISTINCT dossier_id FROM gebeurtenis ORDER BY dossier_id",
                String.class);
        List<String> ketenbreuken = new ArrayList<>();
        Map<String, Integer> eventsPerTaak = new HashMap<>();
        Map<String, String> dossierPerTaak = new HashMap<>();
        List<String> geopend = new ArrayList<>();
        long aantalGebeurtenissen = 0;
        for (String dossierId : dossierIds) {
            gebeurtenissen.controleerKeten(dossierId).ifPresent(breuk ->
                    ketenbreuken.add(dossierId + " #" + breuk.volgnummer() + ": " + breuk.reden()));
            for (Gebeurtenis g : gebeurtenissen.vanDossier(dossierId)) {
                aantalGebeurtenissen++;
                if (g.volgnummer() == 1 && g.feit() instanceof Feit.DossierAangemaakt) {
                    geopend.add(dossierId);
                }
                Object taakId = g.data().get("taakId");
                if (taakId != null) {
                    eventsPerTaak.merge(taakId.toString(), 1, Integer::sum);
                    dossierPerTaak.put(taakId.toString(), dossierId);
                }
            }
        }

        Set<String> afgerondeTaken = new HashSet<>();
        for (HistoricTaskInstance taak : alleAfgerondeTaken()) {
            if (VOLTOOID.equals(taak.getDeleteReason())) {
                afgerondeTaken.add(taak.getId());
            }
        }
        List<String> takenZonderGebeurtenis = afgerondeTaken.stream().filter(t -> !eventsPerTaak.containsKey(t))
                .sorted().toList();
        List<String> takenMetMeerGebeurtenissen = eventsPerTaak.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " (" + e.getValue() + "x, " + dossierPerTaak.get(e.getKey()) + ")").sorted().toList();
        List<String> gebeurtenissenZonderTaak = eventsPerTaak.keySet().stream().filter(t -> !afgerondeTaken.contains(t))
                .map(t -> t + " (" + dossierPerTaak.get(t) + ")").sorted().toList();

        Map<String, List<HistoricProcessInstance>> trajecten = new HashMap<>();
        for (HistoricProcessInstance p : historie.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TrajectStarter.PROCES).list()) {
            trajecten.computeIfAbsent(p.getBusinessKey(), k -> new ArrayList<>()).add(p);
        }
        // Only a dossier opened by DossierAangemaakt has a trajectory; other chains (tests, imports) only get the hash check
        List<String> trajectAfwijkingen = new ArrayList<>();
        for (String dossierId : geopend) {
            List<HistoricProcessInstance> van = trajecten.getOrDefault(dossierId, List.of());
            if (van.size() != 1) {
                trajectAfwijkingen.add(dossierId + ": " + van.size() + " trajecten");
            } else if (van.get(0).getEndTime() != null && van.get(0).getEndActivityId() == null) {
                trajectAfwijkingen.add(dossierId + ": traject beëindigd zonder eindgebeurtenis ("
                        + van.get(0).getState() + ")");
            }
        }
        long lopend = trajecten.values().stream().flatMap(List::stream).filter(p -> p.getEndTime() == null).count();

        Map<String, Integer> geslaagdPerJob = new HashMap<>();
        int timersGevuurd = 0;
        for (HistoricJobLog log : alleGeslaagdeJobs()) {
            String soort = log.getJobDefinitionType() == null ? "" : log.getJobDefinitionType();
            if (soort.equals(HISTORIE_OPSCHONEN)) {
                continue; // one job by design, rescheduled every night: it succeeds again and again
            }
            geslaagdPerJob.merge(log.getJobId(), 1, Integer::sum);
            if (soort.startsWith("timer")) {
                timersGevuurd++;
            }
        }
        List<String> dubbeleJobs = geslaagdPerJob.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " (" + e.getValue() + "x)").sorted().toList();

        Map<String, Object> tellingen = new LinkedHashMap<>();
        tellingen.put("dossiers", geopend.size());
        tellingen.put("ketens", dossierIds.size());
        tellingen.put("gebeurtenissen", aantalGebeurtenissen);
        tellingen.put("afgerondeTaken", afgerondeTaken.size());
        tellingen.put("taakgebeurtenissen", eventsPerTaak.values().stream().mapToInt(Integer::intValue).sum());
        tellingen.put("lopendeTrajecten", lopend);
        tellingen.put("geslaagdeJobs", geslaagdPerJob.values().stream().mapToInt(Integer::intValue).sum());
        tellingen.put("timersGevuurd", timersGevuurd);
        return new Rapport(tellingen, beperk(ketenbreuken), beperk(takenZonderGebeurtenis),
                beperk(takenMetMeerGebeurtenissen), beperk(gebeurtenissenZonderTaak), beperk(trajectAfwijkingen),
                beperk(dubbeleJobs));
    }

    /** The finished tasks of the trajectories and of their term watchers: both record a task event on completion. */
    private List<HistoricTaskInstance> alleAfgerondeTaken() {
        List<HistoricTaskInstance> alle = new ArrayList<>();
        for (String proces : List.of(TrajectStarter.PROCES, Termijnbewaking.PROCES)) {
            for (int begin = 0; ; begin += PAGINA) {
                List<HistoricTaskInstance> pagina = historie.createHistoricTaskInstanceQuery()
                        .processDefinitionKey(proces).finished().orderByTaskId().asc().listPage(begin, PAGINA);
                alle.addAll(pagina);
                if (pagina.size() < PAGINA) {
                    break;
                }
            }
        }
        return alle;
    }

    private List<HistoricJobLog> alleGeslaagdeJobs() {
        List<HistoricJobLog> alle = new ArrayList<>();
        for (int begin = 0; ; begin += PAGINA) {
            List<HistoricJobLog> pagina = historie.createHistoricJobLogQuery().successLog().orderByTimestamp().asc()
                    .orderByJobId().asc().listPage(begin, PAGINA);
            alle.addAll(pagina);
            if (pagina.size() < PAGINA) {
                return alle;
            }
        }
    }

    /** A report names at most 100 findings per kind: enough to start, never a response of megabytes. */
    private static List<String> beperk(List<String> lijst) {
        return lijst.size() <= 100 ? lijst : lijst.subList(0, 100);
    }

    /** The outcome; {@code heel} is true when no check found anything. */
    public record Rapport(Map<String, Object> tellingen, List<String> ketenbreuken,
                          List<String> afgerondeTakenZonderGebeurtenis, List<String> takenMetMeerdereGebeurtenissen,
                          List<String> taakgebeurtenissenZonderAfgerondeTaak, List<String> trajectAfwijkingen,
                          List<String> dubbelUitgevoerdeJobs) {

        public boolean heel() {
            return ketenbreuken.isEmpty() && afgerondeTakenZonderGebeurtenis.isEmpty()
                    && takenMetMeerdereGebeurtenissen.isEmpty() && taakgebeurtenissenZonderAfgerondeTaak.isEmpty()
                    && trajectAfwijkingen.isEmpty() && dubbelUitgevoerdeJobs.isEmpty();
        }
    }
}
