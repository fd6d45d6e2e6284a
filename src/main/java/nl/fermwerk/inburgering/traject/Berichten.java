package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.GebeurtenisTypen;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.dossier.NieuweGebeurtenis;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a message from outside (DUO's ontheffing, a verhuizing) to the dossier's trajectory, correlated by business
 * key, and records its event in the same transaction: both happen, or neither.
 */
@Service
public class Berichten {

    public static final String ONTHEFFING_VERLEEND = "OntheffingVerleend";
    public static final String VERHUISD = "Verhuisd";
    public static final String BUITEN_REGIO = "BUITEN_REGIO";

    private final DossierService dossiers;
    private final Gebeurtenissen gebeurtenissen;
    private final RuntimeService runtime;

    public Berichten(DossierService dossiers, Gebeurtenissen gebeurtenissen, RuntimeService runtime) {
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
        this.runtime = runtime;
    }

    @Transactional
    public void ontvang(String dossierId, Bericht bericht, String actor) {
        DossierStaat dossier = dossiers.vind(dossierId);
        List<Veldfout> fouten = controleer(bericht, dossier);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (!dossier.open()) {
            throw new BerichtNietVerwerkbaarException(dossierId, "het dossier is afgesloten");
        }
        LocalDate datum = bericht.datum() == null ? Klok.vandaag() : bericht.datum();
        Map<String, Object> data = new LinkedHashMap<>();
        var correlatie = runtime.createMessageCorrelation(bericht.bericht())
                .processInstanceBusinessKey(dossierId);
        if (ONTHEFFING_VERLEEND.equals(bericht.bericht())) {
            data.put("datumOntheffing", datum.toString());
        } else {
            data.put("vanGemeente", dossier.gemeente().name());
            data.put("naarGemeente", bericht.naarGemeente());
            data.put("datumVerhuizing", datum.toString());
            correlatie.setVariable("naarGemeente", bericht.naarGemeente());
        }
        // The event first: the projection must know the new gemeente before the re-routed tasks are read
        gebeurtenissen.voegToe(dossierId, new NieuweGebeurtenis(bericht.bericht(), data, Klok.nu(), actor));
        try {
            correlatie.correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new BerichtNietVerwerkbaarException(dossierId, "het traject wacht nu niet op " + bericht.bericht()
                    + " (bijvoorbeeld omdat de afsluiting al loopt)");
        }
    }

    private static List<Veldfout> controleer(Bericht bericht, DossierStaat dossier) {
        List<Veldfout> fouten = new ArrayList<>();
        if (bericht.bericht() == null || bericht.bericht().isBlank()) {
            fouten.add(new Veldfout("bericht", "Dit veld is verplicht: OntheffingVerleend of Verhuisd."));
            return fouten;
        }
        if (!List.of(ONTHEFFING_VERLEEND, VERHUISD).contains(bericht.bericht())) {
            fouten.add(new Veldfout("bericht", "'" + bericht.bericht()
                    + "' is geen bekend bericht; kies OntheffingVerleend of Verhuisd."));
        }
        if (VERHUISD.equals(bericht.bericht())) {
            List<String> toegestaan = new ArrayList<>(Arrays.stream(Gemeente.values()).map(Enum::name).toList());
            toegestaan.add(BUITEN_REGIO);
            if (bericht.naarGemeente() == null || bericht.naarGemeente().isBlank()) {
                fouten.add(new Veldfout("naarGemeente", "Dit veld is verplicht bij een verhuizing."));
            } else if (!toegestaan.contains(bericht.naarGemeente())) {
                fouten.add(new Veldfout("naarGemeente", "'" + bericht.naarGemeente() + "' is onbekend; kies uit "
                        + String.join(", ", toegestaan) + "."));
            } else if (bericht.naarGemeente().equals(dossier.gemeente().name())) {
                fouten.add(new Veldfout("naarGemeente", "Het dossier hoort al bij " + dossier.gemeente().name() + "."));
            }
        } else if (bericht.naarGemeente() != null) {
            fouten.add(new Veldfout("naarGemeente", "Hoort alleen bij het bericht Verhuisd."));
        }
        if (bericht.datum() != null && bericht.datum().isAfter(Klok.vandaag())) {
            fouten.add(new Veldfout("datum", "Mag niet in de toekomst liggen."));
        }
        return fouten;
    }
}
