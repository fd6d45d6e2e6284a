package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.basis.Routeonderdeel;
import nl.fermwerk.inburgering.dossier.Dossiernummer;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Re-plans the work when the leerroute changes (schakelen) or the B1-route is afgeschaald to A2: the onderdelen of
 * the new route that are not met open, the open ones that no longer apply lapse (event {@code OnderdeelVervallen}
 * with the reason), and what was met stays met. Which onderdelen belong to which route is table {@code onderdelen}.
 *
 * <p>As the model's delegate {@code ${routewissel}} (after the bijstelling of the PIP) it reads {@code vorigeLeerroute},
 * {@code leerroute} and, when given, {@code vorigExamenniveau} and {@code examenniveau}; it records the lapsed
 * onderdelen and sets, for every onderdeel of the table, a boolean {@code open_<ONDERDEEL>} (true: its task must open
 * now) and {@code teOpenenTaken}, the task keys to open, comma-separated, for the model's gateways.
 */
@Component("routewissel")
public class Routewissel implements JavaDelegate {

    /** Prefix of the boolean process variable that tells the model to open an onderdeel's task. */
    public static final String OPEN = "open_";
    public static final String TE_OPENEN_TAKEN = "teOpenenTaken";

    private final Onderdelen onderdelen;
    private final Gebeurtenissen gebeurtenissen;

    public Routewissel(Onderdelen onderdelen, Gebeurtenissen gebeurtenissen) {
        this.onderdelen = onderdelen;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The plan for a switch from one route (and examenniveau) to another, for this dossier's met onderdelen. */
    public Plan plan(Dossierverloop dossier, Leerroute vorige, String vorigNiveau, Leerroute nieuwe, String nieuwNiveau) {
        List<Onderdeel> oud = onderdelen.van(vorige, vorigNiveau, dossier.doelgroep(), dossier.uitkering(),
                dossier.alfabetisering());
        List<Onderdeel> nieuw = onderdelen.van(nieuwe, nieuwNiveau, dossier.doelgroep(), dossier.uitkering(),
                dossier.alfabetisering());
        Set<Routeonderdeel> oudeCodes = oud.stream().map(Onderdeel::code).collect(Collectors.toSet());
        Set<Routeonderdeel> nieuweCodes = nieuw.stream().map(Onderdeel::code).collect(Collectors.toSet());
        List<Onderdeel> openen = new ArrayList<>();
        List<Onderdeel> blijftOpen = new ArrayList<>();
        List<Onderdeel> blijftBehaald = new ArrayList<>();
        for (Onderdeel onderdeel : nieuw) {
            if (dossier.behaald(onderdeel.code())) {
                blijftBehaald.add(onderdeel);
            } else if (oudeCodes.contains(onderdeel.code())) {
                blijftOpen.add(onderdeel);
            } else {
                openen.add(onderdeel);
            }
        }
        List<Onderdeel> vervallen = new ArrayList<>();
        for (Onderdeel onderdeel : oud) {
            if (!nieuweCodes.contains(onderdeel.code())) {
                (dossier.behaald(onderdeel.code()) ? blijftBehaald : vervallen).add(onderdeel);
            }
        }
        return new Plan(reden(vorige, vorigNiveau, nieuwe, nieuwNiveau), List.copyOf(openen), List.copyOf(blijftOpen),
                List.copyOf(vervallen), List.copyOf(blijftBehaald));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String dossierId = Dossiernummer.van(execution);
        Dossierverloop dossier = Dossierverloop.van(gebeurtenissen.vanDossier(dossierId));
        Leerroute vorige = route(execution, "vorigeLeerroute");
        Leerroute nieuwe = route(execution, "leerroute");
        Plan plan = plan(dossier, vorige, tekst(execution, "vorigExamenniveau"), nieuwe,
                tekst(execution, "examenniveau"));
        for (Onderdeel onderdeel : plan.vervallen()) {
            gebeurtenissen.voegToe(dossierId, new Feit.OnderdeelVervallen(onderdeel.code().name(), plan.reden(),
                    vorige == null ? null : vorige.name(), nieuwe == null ? null : nieuwe.name()), Klok.nu(), "systeem");
        }
        for (Routeonderdeel code : Routeonderdeel.values()) {
            execution.setVariable(OPEN + code.name(), plan.openen().stream().anyMatch(o -> o.code() == code));
        }
        execution.setVariable(TE_OPENEN_TAKEN, plan.openen().stream().map(Onderdeel::taak).distinct()
                .collect(Collectors.joining(",")));
    }

    private static String reden(Leerroute vorige, String vorigNiveau, Leerroute nieuwe, String nieuwNiveau) {
        if (vorige == nieuwe && Leerroute.B1 == nieuwe && Dossierverloop.AFGESCHAALD_NIVEAU.equals(nieuwNiveau)
                && !Dossierverloop.AFGESCHAALD_NIVEAU.equals(vorigNiveau)) {
            return "Afgeschaald van B1 naar A2 binnen de B1-route";
        }
        return "Leerroute gewijzigd van " + vorige + " naar " + nieuwe;
    }

    private static Leerroute route(DelegateExecution execution, String naam) {
        String waarde = tekst(execution, naam);
        return waarde == null ? null : Leerroute.valueOf(waarde);
    }

    private static String tekst(DelegateExecution execution, String naam) {
        Object waarde = execution.getVariable(naam);
        return waarde == null || String.valueOf(waarde).isBlank() ? null : String.valueOf(waarde);
    }

    /**
     * A route switch: the reason (as the lapsed events record it), the onderdelen to open, those that stay open, those
     * that lapse and those that stay met.
     */
    public record Plan(String reden, List<Onderdeel> openen, List<Onderdeel> blijftOpen, List<Onderdeel> vervallen,
                       List<Onderdeel> blijftBehaald) {
    }
}
