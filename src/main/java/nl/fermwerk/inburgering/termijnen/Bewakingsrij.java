package nl.fermwerk.inburgering.termijnen;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.fermwerk.inburgering.basis.Doelgroep;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The row of the table {@code termijnen} that one term watcher runs by: which events meet or withdraw its term, which
 * task it reminds, which group gets its escalation, its label. A watcher keeps the id of the version of the table it
 * started under ({@value #VERSIE}) and reads those values from that version, however the table changed since: they
 * were five variables of every watcher, each written with its history at the start and deleted at the end, while
 * most watchers end met without any of them being read. A watcher started before it kept the version holds the
 * values itself, and keeps them.
 */
final class Bewakingsrij {

    /** The variable that holds the version of the table (a decision definition id) the watcher started under. */
    static final String VERSIE = "termijnenVersie";

    private final Function<String, Object> variabele;
    private final Termijndefinities definities;
    private Optional<Termijndefinitie> rij;

    /** @param variabele the watcher's variables by name: a map's, an execution's, the history's */
    Bewakingsrij(Function<String, Object> variabele, Termijndefinities definities) {
        this.variabele = variabele;
        this.definities = definities;
    }

    List<String> nakomGebeurtenissen() {
        return Termijndefinities.lijst(waarde("nakomGebeurtenissen", d -> String.join(",", d.nakomGebeurtenissen())));
    }

    List<String> vervalGebeurtenissen() {
        return Termijndefinities.lijst(waarde("vervalGebeurtenissen", d -> String.join(",", d.vervalGebeurtenissen())));
    }

    /** The task(s) that can meet the term, comma separated, as the table's column {@code taak}. */
    String taak() {
        return waarde("taak", d -> String.join(",", d.taken()));
    }

    String label() {
        return waarde("label", Termijndefinitie::label);
    }

    String escalatieGroep() {
        return waarde("escalatieGroep", Termijndefinitie::escalatieGroep);
    }

    private String waarde(String naam, Function<Termijndefinitie, String> kolom) {
        Object eigen = variabele.apply(naam);
        if (eigen != null) {
            return eigen.toString();
        }
        return rij().map(kolom).orElse("");
    }

    private Optional<Termijndefinitie> rij() {
        if (rij == null) {
            Object versie = variabele.apply(VERSIE);
            Object termijn = variabele.apply("termijn");
            Object doelgroep = variabele.apply("doelgroep");
            rij = versie == null || termijn == null || doelgroep == null ? Optional.empty()
                    : uitVersie(versie.toString(), termijn.toString(), Doelgroep.valueOf(doelgroep.toString()));
        }
        return rij;
    }

    private Optional<Termijndefinitie> uitVersie(String versie, String termijn, Doelgroep doelgroep) {
        try {
            return definities.van(versie, termijn, doelgroep);
        } catch (ProcessEngineException weg) {
            // Beheer deleted the deployment of that version: the latest table is the best that is left, and a dossier
            // event must not fail on it
            return definities.van(termijn, doelgroep);
        }
    }
}
