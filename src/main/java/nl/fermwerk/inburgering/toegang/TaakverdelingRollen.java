package nl.fermwerk.inburgering.toegang;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import nl.fermwerk.inburgering.routing.Taakverdeling;
import nl.fermwerk.inburgering.routing.Toewijzing;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Which groups have a role in which gemeente, read from the deployed DMN table {@code taakverdeling} (never a copy of
 * it in Java): for every gemeente the decision is evaluated for every onderdeel, and the answer is kept per deployed
 * version of the table, so a beleidsmedewerker's redeployment changes who may see what without a restart.
 */
@Component
public class TaakverdelingRollen {

    /** The onderdeel codes of the taakverdeling (docs/domein.md); onderdelen that the deployed table names itself are added to these. */
    static final List<String> BEKENDE_ONDERDELEN = List.of("HUISVESTING", "FINANCIELE_ONTZORGING",
            "WARME_OVERDRACHT", "MAATSCHAPPELIJKE_BEGELEIDING", "PVT", "FINANCIELE_ZELFREDZAAMHEID",
            "NON_FORMEEL_TAALONDERWIJS", "BREDE_INTAKE", "PIP", "MAP", "VOORTGANGSGESPREKKEN", "BIJSTELLING_PIP",
            "HANDHAVING", "TOELEIDING_WERK_PARTICIPATIE", "AFSLUITING");

    /** Gemeente, onderdeel, the groups (eerstverantwoordelijke and betrokken) with a role in it. */
    public record Rollen(String versie, Map<Gemeente, Map<String, Set<String>>> perGemeente) {

        public Set<String> groepen(Gemeente gemeente, String onderdeel) {
            return perGemeente.getOrDefault(gemeente, Map.of()).getOrDefault(onderdeel, Set.of());
        }

        public Set<String> onderdelenVan(String groep, Gemeente gemeente) {
            Set<String> onderdelen = new TreeSet<>();
            perGemeente.getOrDefault(gemeente, Map.of()).forEach((onderdeel, groepen) -> {
                if (groepen.contains(groep)) {
                    onderdelen.add(onderdeel);
                }
            });
            return onderdelen;
        }
    }

    private final ProcessEngineConfigurationImpl engine;
    private volatile Rollen cache;

    public TaakverdelingRollen(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** The roles of the latest deployed taakverdeling; evaluated once per deployed version. */
    public Rollen huidige() {
        // The system reads its own policy: whoever asks (a partner on the engine REST API too) need not hold rights
        // on decision definitions
        return engine.getCommandExecutorTxRequired().execute((Command<Rollen>) context -> {
            boolean controle = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                Optional<String> definitie = LaatsteVersies.beslissing(engine.getRepositoryService(),
                        Taakverdeling.BESLISSING);
                if (definitie.isEmpty()) {
                    return new Rollen("geen", Map.of());
                }
                Rollen bekend = cache;
                if (bekend != null && bekend.versie().equals(definitie.get())) {
                    return bekend;
                }
                Rollen nieuw = bereken(definitie.get());
                cache = nieuw;
                return nieuw;
            } finally {
                if (controle) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }

    private Rollen bereken(String definitie) {
        Set<String> onderdelen = new LinkedHashSet<>(BEKENDE_ONDERDELEN);
        onderdelen.addAll(onderdelenUitTabel(engine.getRepositoryService().getDmnModelInstance(definitie)));
        Map<Gemeente, Map<String, Set<String>>> perGemeente = new EnumMap<>(Gemeente.class);
        for (Gemeente gemeente : Gemeente.values()) {
            Map<String, Set<String>> rollen = new TreeMap<>();
            for (String onderdeel : onderdelen) {
                Taakverdeling.zoek(engine.getRepositoryService(), engine.getDecisionService(), gemeente.name(), onderdeel)
                        .ifPresent(t -> rollen.put(onderdeel, groepen(t)));
            }
            perGemeente.put(gemeente, Collections.unmodifiableMap(rollen));
        }
        return new Rollen(definitie, Collections.unmodifiableMap(perGemeente));
    }

    private static Set<String> groepen(Toewijzing toewijzing) {
        Set<String> groepen = new LinkedHashSet<>();
        groepen.add(toewijzing.eerstverantwoordelijke());
        groepen.addAll(toewijzing.betrokken());
        return Collections.unmodifiableSet(groepen);
    }

    /** The string literals in the table's onderdeel column, so a new onderdeel in the table is known at once. */
    static Set<String> onderdelenUitTabel(DmnModelInstance model) {
        Set<String> gevonden = new LinkedHashSet<>();
        for (DecisionTable tabel : model.getModelElementsByType(DecisionTable.class)) {
            List<Input> invoer = List.copyOf(tabel.getInputs());
            int kolom = -1;
            for (int i = 0; i < invoer.size(); i++) {
                Input input = invoer.get(i);
                String expressie = input.getInputExpression() == null || input.getInputExpression().getText() == null
                        ? "" : input.getInputExpression().getText().getTextContent();
                if ("onderdeel".equals(input.getCamundaInputVariable()) || "onderdeel".equals(expressie.strip())) {
                    kolom = i;
                }
            }
            if (kolom < 0) {
                continue;
            }
            for (Rule regel : tabel.getRules()) {
                var entries = List.copyOf(regel.getInputEntries());
                if (kolom < entries.size() && entries.get(kolom).getText() != null) {
                    for (String deel : entries.get(kolom).getText().getTextContent().split(",")) {
                        String code = deel.strip();
                        if (code.length() > 2 && code.startsWith("\"") && code.endsWith("\"")) {
                            gevonden.add(code.substring(1, code.length() - 1));
                        }
                    }
                }
            }
        }
        return gevonden;
    }
}
