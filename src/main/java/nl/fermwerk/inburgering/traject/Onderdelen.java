package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.AntwoordenPerVersie;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.toegang.AlsSysteem;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which onderdelen belong to a dossier's leerroute, read from table {@code onderdelen} as the beleidsmedewerker
 * deployed it, and which of them the dossier's events have met (docs/traject.md). The table is the organisation's
 * rule, evaluated whatever the person who triggers it may see.
 */
@Component
public class Onderdelen {

    public static final String TABEL = "onderdelen";

    /** The examenniveau of a B1-route that was not afgeschaald. */
    static final String STANDAARD_NIVEAU = "B1";

    private final DecisionService beslissingen;
    private final RepositoryService repository;
    private final IdentityService identiteit;
    /**
     * The answers of the deployed version, per question. Every task completion that carries an onderdeel asks which
     * onderdelen its route has; evaluated each time, the table wrote a decision instance with some 26 output rows of
     * history per completion (3.7 rows per completed task in bench/run.sh) for an answer that only a new deployment
     * can change. A newer version empties the answers; its first answer to a question is evaluated, with history.
     */
    private final AntwoordenPerVersie<List<Onderdeel>> antwoorden = new AntwoordenPerVersie<>();

    public Onderdelen(DecisionService beslissingen, RepositoryService repository, IdentityService identiteit) {
        this.beslissingen = beslissingen;
        this.repository = repository;
        this.identiteit = identiteit;
    }

    /** The onderdelen of a route, in the table's order. */
    public List<Onderdeel> van(Leerroute leerroute, String examenniveau, Doelgroep doelgroep, boolean uitkering,
                               boolean alfabetisering) {
        if (leerroute == null) {
            return List.of();
        }
        String versie = AlsSysteem.voer(identiteit, () -> LaatsteVersies.beslissing(repository, TABEL))
                .orElseThrow(() -> new IllegalStateException("Tabel " + TABEL + " is niet gedeployd"));
        String niveau = examenniveau == null ? STANDAARD_NIVEAU : examenniveau;
        return antwoorden.van(versie,
                String.join("|", leerroute.name(), niveau, String.valueOf(doelgroep), String.valueOf(uitkering),
                        String.valueOf(alfabetisering)),
                () -> evalueer(versie, leerroute, niveau, doelgroep, uitkering, alfabetisering));
    }

    private List<Onderdeel> evalueer(String versie, Leerroute leerroute, String examenniveau, Doelgroep doelgroep,
                                     boolean uitkering, boolean alfabetisering) {
        var invoer = Variables.createVariables()
                .putValue("leerroute", leerroute.name())
                .putValue("examenniveau", examenniveau)
                .putValue("doelgroep", doelgroep == null ? null : doelgroep.name())
                .putValue("uitkering", uitkering)
                .putValue("alfabetisering", alfabetisering);
        List<Map<String, Object>> regels = AlsSysteem.voer(identiteit, () -> beslissingen
                .evaluateDecisionTableById(versie, invoer).getResultList());
        List<Onderdeel> onderdelen = new ArrayList<>();
        for (Map<String, Object> regel : regels) {
            onderdelen.add(new Onderdeel(code(regel.get("onderdeel")), (String) regel.get("label"),
                    (String) regel.get("taak"), regel.get("minimumUren") == null ? 0
                    : ((Number) regel.get("minimumUren")).intValue(),
                    Boolean.TRUE.equals(regel.get("nodigVoorAfsluiting")), (String) regel.get("bron")));
        }
        return List.copyOf(onderdelen);
    }

    /** The onderdelen of the dossier's current route. */
    public List<Onderdeel> van(Dossierverloop dossier) {
        return van(dossier.leerroute(), dossier.examenniveau(), dossier.doelgroep(), dossier.uitkering(),
                dossier.alfabetisering());
    }

    /** The onderdeel of the current route that this task carries, if any. */
    public Optional<Onderdeel> vanTaak(Dossierverloop dossier, String taak) {
        return van(dossier).stream().filter(o -> o.taak().equals(taak)).findFirst();
    }

    /** Which onderdelen of the dossier's route are met and which are still open. */
    public Onderdeelstand stand(Dossierverloop dossier) {
        List<Onderdeel> behaald = new ArrayList<>();
        List<Onderdeel> open = new ArrayList<>();
        for (Onderdeel onderdeel : van(dossier)) {
            (dossier.behaald(onderdeel.code()) ? behaald : open).add(onderdeel);
        }
        return new Onderdeelstand(List.copyOf(behaald), List.copyOf(open));
    }

    private static Routeonderdeel code(Object waarde) {
        try {
            return Routeonderdeel.valueOf(String.valueOf(waarde));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("Tabel " + TABEL + " noemt onderdeel '" + waarde + "', dat geen gebeurtenis "
                    + "kan behalen; kies uit " + List.of(Routeonderdeel.values()) + ".", e);
        }
    }

    /** Runs in the caller's engine command, if any, with the organisation's rights rather than the caller's. */

    /** The onderdelen of a route split into met and open, each in the table's order. */
    public record Onderdeelstand(List<Onderdeel> behaald, List<Onderdeel> open) {
    }
}
