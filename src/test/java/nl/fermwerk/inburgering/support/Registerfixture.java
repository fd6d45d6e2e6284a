package nl.fermwerk.inburgering.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test's own dossiers written straight into the event register, with the business dates the test needs, once per
 * shared database. The processes their {@code DossierAangemaakt} starts are removed again: the test reads the register
 * as it wrote it, and no running trajectory adds to it.
 */
@Component
public class Registerfixture {

    private final Gebeurtenissen gebeurtenissen;
    private final TransactionTemplate transactie;
    private final RuntimeService runtime;

    public Registerfixture(Gebeurtenissen gebeurtenissen, TransactionTemplate transactie, RuntimeService runtime) {
        this.gebeurtenissen = gebeurtenissen;
        this.transactie = transactie;
        this.runtime = runtime;
    }

    /** The dossiers {@link #schrijf} wrote during {@link #eenmalig}; {@code null} outside it. */
    private Set<String> geschreven;

    /**
     * Runs {@code schrijven} in one transaction unless dossier {@code kenmerk} already has events (the tests share one
     * database and one Spring context), then deletes the processes of every dossier it wrote.
     *
     * @param reden why the processes go, as the engine's history records it
     */
    public synchronized void eenmalig(String kenmerk, String reden, Runnable schrijven) {
        if (gebeurtenissen.versie(kenmerk) > 0) {
            return;
        }
        Set<String> dossiers = new LinkedHashSet<>();
        geschreven = dossiers;
        try {
            transactie.executeWithoutResult(s -> schrijven.run());
        } finally {
            geschreven = null;
        }
        for (String id : dossiers) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), reden, true, true));
        }
    }

    /** One event of the dossier, registered at that moment by "test". */
    public void schrijf(String dossierId, Instant tijdstip, String type, Map<String, Object> data) {
        schrijf(dossierId, tijdstip, type, data, "test");
    }

    /** One event of the dossier, registered at that moment by this actor (the dossier page names it). */
    public void schrijf(String dossierId, Instant tijdstip, String type, Map<String, Object> data, String actor) {
        if (geschreven != null) {
            geschreven.add(dossierId);
        }
        gebeurtenissen.voegToe(dossierId, type, data, tijdstip, actor);
    }

    /** That day at that hour in the municipality's time zone. */
    public static Instant op(String dag, int uur) {
        return LocalDate.parse(dag).atTime(LocalTime.of(uur, 0)).atZone(Klok.ZONE).toInstant();
    }

    /**
     * The data of a {@code DossierAangemaakt}, with the inkoopregio of the gemeente: a modifiable map, for a test that
     * changes one field.
     */
    public static Map<String, Object> aangemaakt(String bsn, String naam, String geboortedatum, String doelgroep,
                                                 String gemeente, boolean uitkering, String datumKoppeling) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bsn", bsn);
        d.put("naam", naam);
        d.put("geboortedatum", geboortedatum);
        d.put("doelgroep", doelgroep);
        d.put("gemeente", gemeente);
        d.put("inkoopregio", Gemeente.valueOf(gemeente).inkoopregio().name());
        d.put("uitkering", uitkering);
        d.put("datumKoppeling", datumKoppeling);
        return d;
    }
}
