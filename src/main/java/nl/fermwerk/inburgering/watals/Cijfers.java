package nl.fermwerk.inburgering.watals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.FeitJson;
import nl.fermwerk.inburgering.rapportage.DossierRegel;
import nl.fermwerk.inburgering.rapportage.Herspeler;
import nl.fermwerk.inburgering.rapportage.Kengetallen;
import nl.fermwerk.inburgering.rapportage.RapportageTermijnen;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of a replayed caseload, from the child's own events and engine history: the dossiers as of each
 * quarter's end come from the dashboard's replay ({@link Herspeler}) and its kengetallen ({@link Kengetallen}: open
 * dossiers, PIP/PVT/MAP on time); escalations, afsluitingen and boetes are the facts of the quarter; the tasks per
 * partner group are the finished tasks by their candidate group. A dossier counts in the gemeente it had at the
 * quarter's end.
 */
public final class Cijfers {

    private final Herspeler herspeler;
    private final RapportageTermijnen termijnen;
    private final JdbcTemplate jdbc;
    private final HistoryService historie;

    public Cijfers(Herspeler herspeler, RapportageTermijnen termijnen, DataSource eigenDatabase,
                   HistoryService historie) {
        this.herspeler = herspeler;
        this.termijnen = termijnen;
        this.jdbc = new JdbcTemplate(eigenDatabase);
        this.historie = historie;
    }

    public Figuren bereken(List<Kwartaal> kwartalen) {
        Figuren figuren = Figuren.leeg(kwartalen);
        Map<String, Map<String, String>> gemeenten = new HashMap<>();
        for (Kwartaal kwartaal : kwartalen) {
            List<DossierRegel> regels = herspeler.speelAf(kwartaal.eind());
            gemeenten.put(kwartaal.naam(), regels.stream()
                    .collect(Collectors.toMap(DossierRegel::dossierId, DossierRegel::gemeente)));
            kengetallen(figuren, kwartaal, Figuren.TOTAAL, regels);
            for (Gemeente gemeente : Gemeente.values()) {
                kengetallen(figuren, kwartaal, gemeente.name(),
                        regels.stream().filter(r -> gemeente.name().equals(r.gemeente())).toList());
            }
        }
        feiten(figuren, kwartalen, gemeenten);
        taken(figuren, kwartalen, gemeenten);
        return figuren;
    }

    private void kengetallen(Figuren figuren, Kwartaal kwartaal, String gemeente, List<DossierRegel> regels) {
        Kengetallen k = Kengetallen.bereken(regels, kwartaal.eind(), termijnen);
        figuren.zet(Figuren.OPEN, kwartaal.naam(), gemeente, k.actief().doubleValue());
        figuren.zet(Figuren.PERCENTAGE + "PIP", kwartaal.naam(), gemeente, k.pipBinnenTermijn().percentage());
        figuren.zet(Figuren.PERCENTAGE + "PVT", kwartaal.naam(), gemeente, k.pvtOpTijd().percentage());
        figuren.zet(Figuren.PERCENTAGE + "MAP", kwartaal.naam(), gemeente, k.mapOpTijd().percentage());
    }

    private void feiten(Figuren figuren, List<Kwartaal> kwartalen, Map<String, Map<String, String>> gemeenten) {
        jdbc.query("SELECT dossier_id, type, data, tijdstip FROM gebeurtenis WHERE type IN (?, ?, ?)"
                        + " ORDER BY dossier_id, volgnummer", rij -> {
                    LocalDate dag = LocalDate.ofInstant(rij.getObject(4, OffsetDateTime.class).toInstant(), Klok.ZONE);
                    Kwartaal kwartaal = kwartaalVan(kwartalen, dag);
                    if (kwartaal == null) {
                        return;
                    }
                    String gemeente = gemeenten.get(kwartaal.naam()).getOrDefault(rij.getString(1), "ONBEKEND");
                    Feit feit = FeitJson.lees(rij.getString(2), rij.getString(3));
                    if (feit instanceof Feit.TermijnOverschreden t) {
                        figuren.tel("escalaties." + t.termijn(), kwartaal.naam(), gemeente, 1);
                    } else if (feit instanceof Feit.DossierAfgesloten a) {
                        figuren.tel("afsluitingen." + a.resultaat(), kwartaal.naam(), gemeente, 1);
                    } else if (feit instanceof Feit.BoeteOpgelegd b && b.isBoete()) {
                        figuren.tel("boetes.aantal", kwartaal.naam(), gemeente, 1);
                        figuren.tel("boetes.bedrag", kwartaal.naam(), gemeente, b.boeteBedrag().doubleValue());
                    }
                }, Feit.type(Feit.TermijnOverschreden.class), Feit.type(Feit.DossierAfgesloten.class),
                Feit.type(Feit.BoeteOpgelegd.class));
    }

    /** Finished tasks by the candidate group they had at the end (a re-routed task counts for its last group). */
    private void taken(Figuren figuren, List<Kwartaal> kwartalen, Map<String, Map<String, String>> gemeenten) {
        Map<String, Set<String>> groepen = new HashMap<>();
        List<HistoricIdentityLinkLog> links = new ArrayList<>(historie.createHistoricIdentityLinkLogQuery()
                .type(IdentityLinkType.CANDIDATE).orderByTime().asc().list());
        for (HistoricIdentityLinkLog link : links) {
            if (link.getGroupId() == null || link.getTaskId() == null) {
                continue;
            }
            Set<String> vanTaak = groepen.computeIfAbsent(link.getTaskId(), t -> new TreeSet<>());
            if ("add".equals(link.getOperationType())) {
                vanTaak.add(link.getGroupId());
            } else {
                vanTaak.remove(link.getGroupId());
            }
        }
        Map<String, String> dossierVanProces = historie.createHistoricProcessInstanceQuery().list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        for (HistoricTaskInstance taak : historie.createHistoricTaskInstanceQuery().finished().list()) {
            if (taak.getDeleteReason() != null && !"completed".equals(taak.getDeleteReason())) {
                continue;
            }
            LocalDate dag = LocalDate.ofInstant(taak.getEndTime().toInstant(), Klok.ZONE);
            Kwartaal kwartaal = kwartaalVan(kwartalen, dag);
            if (kwartaal == null) {
                continue;
            }
            String gemeente = gemeenten.get(kwartaal.naam())
                    .getOrDefault(dossierVanProces.get(taak.getRootProcessInstanceId() == null
                            ? taak.getProcessInstanceId() : taak.getRootProcessInstanceId()), "ONBEKEND");
            for (String groep : groepen.getOrDefault(taak.getId(), Set.of("(geen groep)"))) {
                figuren.tel("taken." + groep, kwartaal.naam(), gemeente, 1);
            }
        }
    }

    private static Kwartaal kwartaalVan(List<Kwartaal> kwartalen, LocalDate dag) {
        for (Kwartaal k : kwartalen) {
            if (k.bevat(dag)) {
                return k;
            }
        }
        return null;
    }
}
