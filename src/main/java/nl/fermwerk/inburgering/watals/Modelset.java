package nl.fermwerk.inburgering.watals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.modellen.ModelGeweigerdException;
import nl.fermwerk.inburgering.modellen.Modelkeuring;
import nl.fermwerk.inburgering.modellen.Overtreding;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The models one side of a replay runs: the latest version of every process and decision the engine holds (whatever
 * is deployed, not a list of ours), each with the file it came from, and the latest of every form. The changed side
 * has each uploaded file in place of the files that define the same process or decision keys (so a file saved under
 * another name in Camunda Modeler still replaces its original), or added. Written as files to a directory of the
 * replay's own, for the child process to deploy.
 */
public final class Modelset {

    /** What a beleidsmedewerker may try out: processes and decision tables (forms change no figure). */
    public static final List<String> SOORTEN = List.of(".bpmn", ".dmn");

    private final Map<String, Model> bestanden;

    /** One file and the process or decision keys it defines. */
    private record Model(byte[] inhoud, Set<String> sleutels) {
    }

    private Modelset(Map<String, Model> bestanden) {
        this.bestanden = bestanden;
    }

    public static Modelset gedeployed(RepositoryService repository) {
        Map<String, Model> bestanden = new TreeMap<>();
        Map<String, String> gezien = new HashMap<>();
        for (ProcessDefinition proces : repository.createProcessDefinitionQuery().latestVersion().list()) {
            voegToe(repository, bestanden, gezien, proces.getDeploymentId(), proces.getResourceName(), proces.getKey());
        }
        for (DecisionDefinition beslissing : repository.createDecisionDefinitionQuery().latestVersion().list()) {
            voegToe(repository, bestanden, gezien, beslissing.getDeploymentId(), beslissing.getResourceName(),
                    beslissing.getKey());
        }
        // Forms: no query for their latest version; the last deployment of a file name wins
        Map<String, byte[]> formulieren = new TreeMap<>();
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            for (String bron : repository.getDeploymentResourceNames(deployment.getId())) {
                if (bron.endsWith(".form")) {
                    formulieren.put(bestandsnaam(bron), lees(repository, deployment.getId(), bron));
                }
            }
        }
        formulieren.forEach((naam, inhoud) -> bestanden.putIfAbsent(naam, new Model(inhoud, Set.of())));
        return new Modelset(bestanden);
    }

    private static void voegToe(RepositoryService repository, Map<String, Model> bestanden, Map<String, String> gezien,
                                String deploymentId, String bron, String sleutel) {
        String naam = gezien.computeIfAbsent(deploymentId + "/" + bron, b -> {
            String kandidaat = bestandsnaam(bron);
            for (int i = 2; bestanden.containsKey(kandidaat); i++) {
                kandidaat = i + "-" + bestandsnaam(bron);
            }
            bestanden.put(kandidaat, new Model(lees(repository, deploymentId, bron), new TreeSet<>()));
            return kandidaat;
        });
        bestanden.get(naam).sleutels().add(sleutel);
    }

    private static byte[] lees(RepositoryService repository, String deploymentId, String bron) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, bron)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This set with the changed files in place: each checked by the deploy-time model check first, so a file the
     * engine would refuse is refused here with the same message, and nothing runs.
     */
    public Modelset met(Map<String, byte[]> gewijzigd, Modelkeuring keuring) {
        if (gewijzigd.isEmpty()) {
            throw new OngeldigeInvoerException("bestanden", "Stuur minstens één gewijzigd model (.bpmn of .dmn).");
        }
        List<Overtreding> overtredingen = new ArrayList<>();
        for (Map.Entry<String, byte[]> bestand : gewijzigd.entrySet()) {
            String naam = bestandsnaam(bestand.getKey());
            if (SOORTEN.stream().noneMatch(naam::endsWith)) {
                throw new OngeldigeInvoerException("bestanden", "'" + naam + "' is geen proces (.bpmn) of "
                        + "beslistabel (.dmn); alleen die kunnen worden nagespeeld.");
            }
            overtredingen.addAll(keuring.keur(naam, bestand.getValue()));
        }
        if (!overtredingen.isEmpty()) {
            throw new ModelGeweigerdException(overtredingen);
        }
        Map<String, Model> nieuw = new TreeMap<>(bestanden);
        for (Map.Entry<String, byte[]> bestand : gewijzigd.entrySet()) {
            Set<String> sleutels = sleutels(bestand.getKey(), bestand.getValue());
            nieuw.values().removeIf(model -> model.sleutels().stream().anyMatch(sleutels::contains));
            nieuw.put(bestandsnaam(bestand.getKey()), new Model(bestand.getValue(), sleutels));
        }
        return new Modelset(nieuw);
    }

    /** The keys of the processes or decisions a file defines. */
    static Set<String> sleutels(String naam, byte[] inhoud) {
        Set<String> sleutels = new TreeSet<>();
        if (naam.endsWith(".bpmn")) {
            Bpmn.readModelFromStream(new ByteArrayInputStream(inhoud)).getModelElementsByType(Process.class)
                    .forEach(p -> sleutels.add(p.getId()));
        } else if (naam.endsWith(".dmn")) {
            Dmn.readModelFromStream(new ByteArrayInputStream(inhoud)).getModelElementsByType(Decision.class)
                    .forEach(d -> sleutels.add(d.getId()));
        }
        return sleutels;
    }

    public void schrijfNaar(Path map) throws IOException {
        Files.createDirectories(map);
        for (Map.Entry<String, Model> bestand : bestanden.entrySet()) {
            Files.write(map.resolve(bestand.getKey()), bestand.getValue().inhoud());
        }
    }

    /** The file names, in order. */
    public List<String> namen() {
        return List.copyOf(bestanden.keySet());
    }

    public byte[] inhoud(String naam) {
        return bestanden.get(naam).inhoud();
    }

    /** The last part of a resource name: the engine may store a path (as the Spring Boot starter does). */
    static String bestandsnaam(String bron) {
        String naam = bron.replace('\\', '/');
        naam = naam.substring(naam.lastIndexOf('/') + 1);
        if (naam.isBlank() || naam.startsWith(".") || naam.contains("..")) {
            throw new OngeldigeInvoerException("bestanden", "Ongeldige bestandsnaam '" + bron + "'.");
        }
        return naam;
    }
}
