package nl.fermwerk.inburgering.modellen;

import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.modellen.Migratievoorstel.Definitie;
import nl.fermwerk.inburgering.modellen.Migratievoorstel.Instantie;
import nl.fermwerk.inburgering.modellen.Migratievoorstel.Instructie;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanExecutionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of one process version to another with Camunda's migration API, for functioneel beheer:
 * activities are matched on equal id and type ({@code mapEqualActivities}); running timers keep their due date. The dry
 * run migrates each instance on its own inside a transaction that is always rolled back, so it reports exactly what
 * the engine would refuse. The real migration runs only when every selected instance can move, as one engine batch.
 * Custom listeners and I/O mappings are skipped: moving a dossier is not a step in it and records no event.
 */
@Service
public class Migraties {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService beheer;
    private final HistoryService historie;
    private final TransactionTemplate terugdraaien;

    public Migraties(RepositoryService repository, RuntimeService runtime, ManagementService beheer,
                     HistoryService historie, PlatformTransactionManager transacties) {
        this.repository = repository;
        this.runtime = runtime;
        this.beheer = beheer;
        this.historie = historie;
        this.terugdraaien = new TransactionTemplate(transacties);
    }

    /** What would move and what cannot, and why; changes nothing. */
    public Migratievoorstel proefdraai(MigratieVerzoek verzoek) {
        return voorbereiden(verzoek).voorstel();
    }

    /** Starts the migration as a batch, or refuses (nothing moved) when an instance cannot move. */
    public GestarteMigratie start(MigratieVerzoek verzoek) {
        Voorbereid voorbereid = voorbereiden(verzoek);
        Migratievoorstel voorstel = voorbereid.voorstel();
        if (voorstel.verplaatsbaar().isEmpty() && voorstel.nietVerplaatsbaar().isEmpty()) {
            throw new MigratieNietMogelijkException("Niets te migreren", "Versie " + voorstel.bron().versie()
                    + " van proces '" + voorstel.bron().proces() + "' heeft geen lopende instanties.", List.of(), voorstel);
        }
        if (!voorstel.allesVerplaatsbaar()) {
            List<String> redenen = voorstel.nietVerplaatsbaar().stream()
                    .flatMap(i -> i.redenen().stream().map(r -> "dossier " + i.dossier() + " (instantie "
                            + i.procesInstantie() + "): " + r)).toList();
            throw new MigratieNietMogelijkException("Niet alle instanties kunnen mee",
                    voorstel.nietVerplaatsbaar().size() + " van de " + (voorstel.nietVerplaatsbaar().size()
                            + voorstel.verplaatsbaar().size()) + " instanties kunnen niet naar versie "
                            + voorstel.doel().versie() + "; er is niets verplaatst. Migreer alleen de verplaatsbare "
                            + "instanties door hun ids op te geven in procesInstanties, of kies een andere doelversie.",
                    redenen, voorstel);
        }
        List<String> ids = voorstel.verplaatsbaar().stream().map(Instantie::procesInstantie).toList();
        Batch batch = uitvoering(voorbereid.plan(), ids).executeAsync();
        return new GestarteMigratie(batch.getId(), voorstel.bron(), voorstel.doel(), ids);
    }

    /** Progress of a migration batch; empty when no such batch ever existed. */
    public java.util.Optional<Batchstatus> status(String batchId) {
        BatchStatistics lopend = beheer.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (lopend != null) {
            return java.util.Optional.of(new Batchstatus(batchId, lopend.getType(), lopend.getTotalJobs(),
                    lopend.getCompletedJobs(), lopend.getRemainingJobs(), lopend.getFailedJobs(), false));
        }
        HistoricBatch klaar = historie.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (klaar == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Batchstatus(batchId, klaar.getType(), klaar.getTotalJobs(),
                klaar.getTotalJobs(), 0, 0, klaar.getEndTime() != null));
    }

    /** Jobs of a batch: total, done, still to do, failed (an incident in Cockpit). */
    public record Batchstatus(String batchId, String soort, int totaal, int uitgevoerd, int resterend, int mislukt,
                              boolean afgerond) {
    }

    private record Voorbereid(MigrationPlan plan, Migratievoorstel voorstel) {
    }

    private Voorbereid voorbereiden(MigratieVerzoek verzoek) {
        if (verzoek == null) {
            throw new OngeldigeInvoerException("bronDefinitie", "Geef aan welke versie naar welke versie moet.");
        }
        List<Veldfout> fouten = new ArrayList<>();
        ProcessDefinition bron = definitie(verzoek.bronDefinitie(), verzoek.proces(), verzoek.bronVersie(),
                "bronDefinitie", "bronVersie", fouten);
        ProcessDefinition doel = definitie(verzoek.doelDefinitie(), verzoek.proces(), verzoek.doelVersie(),
                "doelDefinitie", "doelVersie", fouten);
        if (bron != null && doel != null && bron.getId().equals(doel.getId())) {
            fouten.add(new Veldfout("doelDefinitie", "De doelversie is dezelfde als de bronversie."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        List<String> ids = instanties(verzoek.procesInstanties(), bron);
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(bron.getId(), doel.getId()).mapEqualActivities().build();
        } catch (MigrationPlanValidationException ongeldig) {
            List<String> redenen = ongeldig.getValidationReport().getInstructionReports().stream()
                    .flatMap(r -> r.getFailures().stream().map(f -> "activiteit '"
                            + r.getMigrationInstruction().getSourceActivityId() + "': " + f)).toList();
            throw new MigratieNietMogelijkException("Migratieplan ongeldig", "De engine kan geen plan maken van versie "
                    + bron.getVersion() + " naar versie " + doel.getVersion() + " van '" + bron.getKey() + "'.",
                    redenen, null);
        }
        List<Instantie> verplaatsbaar = new ArrayList<>();
        List<Instantie> niet = new ArrayList<>();
        for (String id : ids) {
            ProcessInstance instantie = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            List<String> activiteiten = activiteiten(runtime.getActivityInstance(id));
            List<String> redenen = redenenTegen(plan, id);
            (redenen.isEmpty() ? verplaatsbaar : niet).add(new Instantie(id,
                    instantie == null ? null : instantie.getBusinessKey(), activiteiten, redenen));
        }
        List<Instructie> instructies = plan.getInstructions().stream()
                .map(i -> new Instructie(i.getSourceActivityId(), i.getTargetActivityId())).toList();
        return new Voorbereid(plan, new Migratievoorstel(definitie(bron), definitie(doel), instructies,
                verplaatsbaar, niet));
    }

    /** Migrates one instance for real inside a transaction that is always rolled back: the engine's own verdict. */
    private List<String> redenenTegen(MigrationPlan plan, String instantie) {
        return terugdraaien.execute(status -> {
            status.setRollbackOnly();
            try {
                uitvoering(plan, List.of(instantie)).execute();
                return List.of();
            } catch (MigratingProcessInstanceValidationException geweigerd) {
                return redenen(geweigerd.getValidationReport());
            } catch (ProcessEngineException geweigerd) {
                return List.of(geweigerd.getMessage());
            }
        });
    }

    private MigrationPlanExecutionBuilder uitvoering(MigrationPlan plan, List<String> ids) {
        return runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners().skipIoMappings();
    }

    private static List<String> redenen(MigratingProcessInstanceValidationReport rapport) {
        List<String> redenen = new ArrayList<>(rapport.getFailures().stream().map(Migraties::vertaal).toList());
        rapport.getActivityInstanceReports().forEach(r -> r.getFailures().forEach(f ->
                redenen.add("activiteit '" + r.getSourceScopeId() + "': " + vertaal(f))));
        rapport.getTransitionInstanceReports().forEach(r -> r.getFailures().forEach(f ->
                redenen.add("activiteit '" + r.getSourceScopeId() + "' (wacht op een job): " + vertaal(f))));
        return redenen;
    }

    /** The engine's most common refusal in words a functioneel beheerder recognises; others as the engine says them. */
    private static String vertaal(String reden) {
        if (reden.contains("no migration instruction")) {
            return "de doelversie heeft geen activiteit met hetzelfde id en type, dus de engine weet niet waar het "
                    + "dossier verder moet (" + reden + ")";
        }
        return reden;
    }

    private static List<String> activiteiten(ActivityInstance boom) {
        List<String> ids = new ArrayList<>();
        if (boom == null) {
            return ids;
        }
        for (ActivityInstance kind : boom.getChildActivityInstances()) {
            if (kind.getChildActivityInstances().length == 0 && kind.getChildTransitionInstances().length == 0) {
                ids.add(kind.getActivityId());
            } else {
                ids.addAll(activiteiten(kind));
            }
        }
        for (TransitionInstance wachtend : boom.getChildTransitionInstances()) {
            ids.add(wachtend.getActivityId());
        }
        return ids;
    }

    private ProcessDefinition definitie(String id, String proces, Integer versie, String veldId, String veldVersie,
                                        List<Veldfout> fouten) {
        if (id != null && !id.isBlank()) {
            ProcessDefinition gevonden = repository.createProcessDefinitionQuery().processDefinitionId(id.strip())
                    .singleResult();
            if (gevonden == null) {
                fouten.add(new Veldfout(veldId, "Procesdefinitie '" + id + "' bestaat niet."));
            }
            return gevonden;
        }
        if (proces == null || proces.isBlank() || versie == null) {
            fouten.add(new Veldfout(veldId, "Geef " + veldId + ", of proces met " + veldVersie + "."));
            return null;
        }
        ProcessDefinition gevonden = repository.createProcessDefinitionQuery().processDefinitionKey(proces.strip())
                .processDefinitionVersion(versie).singleResult();
        if (gevonden == null) {
            fouten.add(new Veldfout(veldVersie, "Proces '" + proces + "' heeft geen versie " + versie + "."));
        }
        return gevonden;
    }

    private List<String> instanties(List<String> gekozen, ProcessDefinition bron) {
        if (gekozen == null || gekozen.isEmpty()) {
            return runtime.createProcessInstanceQuery().processDefinitionId(bron.getId()).orderByProcessInstanceId()
                    .asc().list().stream().map(ProcessInstance::getId).toList();
        }
        List<Veldfout> fouten = new ArrayList<>();
        for (String id : gekozen) {
            ProcessInstance instantie = id == null ? null
                    : runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            if (instantie == null || !instantie.getProcessDefinitionId().equals(bron.getId())) {
                fouten.add(new Veldfout("procesInstanties", "'" + id + "' is geen lopende instantie van versie "
                        + bron.getVersion() + " van proces '" + bron.getKey() + "'."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return gekozen.stream().distinct().toList();
    }

    private static Definitie definitie(ProcessDefinition definitie) {
        return new Definitie(definitie.getId(), definitie.getKey(), definitie.getVersion());
    }
}
