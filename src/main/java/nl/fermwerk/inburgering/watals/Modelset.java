package nl.fermwerk.inburgering.watals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.modellen.ModelGeweigerdException;
import nl.fermwerk.inburgering.modellen.Modelkeuring;
import nl.fermwerk.inburgering.modellen.Overtreding;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The models one side of a replay runs: every model file as last deployed (whatever the engine holds, not a list of
 * ours), by file name; the changed side has the uploaded files in place of those of the same name, or added. Files
 * only, written to a directory of the replay's own for the child process to deploy.
 */
public final class Modelset {

    /** What a beleidsmedewerker may try out: processes and decision tables (forms change no figure). */
    public static final List<String> SOORTEN = List.of(".bpmn", ".dmn");

    private final Map<String, byte[]> bestanden;

    private Modelset(Map<String, byte[]> bestanden) {
        this.bestanden = bestanden;
    }

    /** The latest deployed version of every .bpmn, .dmn and .form file, by its file name. */
    public static Modelset gedeployed(RepositoryService repository) {
        Map<String, byte[]> bestanden = new TreeMap<>();
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            for (String bron : repository.getDeploymentResourceNames(deployment.getId())) {
                String naam = bestandsnaam(bron);
                if (naam.endsWith(".bpmn") || naam.endsWith(".dmn") || naam.endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(deployment.getId(), bron)) {
                        bestanden.put(naam, in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return new Modelset(bestanden);
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
        Map<String, byte[]> nieuw = new TreeMap<>(bestanden);
        for (Map.Entry<String, byte[]> bestand : gewijzigd.entrySet()) {
            String naam = bestandsnaam(bestand.getKey());
            if (SOORTEN.stream().noneMatch(naam::endsWith)) {
                throw new OngeldigeInvoerException("bestanden", "'" + naam + "' is geen proces (.bpmn) of "
                        + "beslistabel (.dmn); alleen die kunnen worden nagespeeld.");
            }
            overtredingen.addAll(keuring.keur(naam, bestand.getValue()));
            nieuw.put(naam, bestand.getValue());
        }
        if (!overtredingen.isEmpty()) {
            throw new ModelGeweigerdException(overtredingen);
        }
        return new Modelset(nieuw);
    }

    public void schrijfNaar(Path map) throws IOException {
        Files.createDirectories(map);
        for (Map.Entry<String, byte[]> bestand : bestanden.entrySet()) {
            Files.write(map.resolve(bestand.getKey()), bestand.getValue());
        }
    }

    public Map<String, byte[]> bestanden() {
        return new LinkedHashMap<>(bestanden);
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
