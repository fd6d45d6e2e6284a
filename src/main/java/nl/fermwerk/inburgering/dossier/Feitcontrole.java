package nl.fermwerk.inburgering.dossier;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Veldfout;

/**
 * What the store checks before it appends: the type is in the vocabulary, every {@link Feit.Verplicht} field is
 * there, and every value fits its field. Reading never checks (an older event stays readable); appending always does,
 * so no event that the folds would have to guess about is ever written again.
 */
final class Feitcontrole {

    private Feitcontrole() {
    }

    /** The fact a completed task or a model-named milestone records, from its type name and its fields. */
    static Feit controleer(String type, Map<String, Object> velden) {
        Class<? extends Feit> soort = Feit.soort(type).orElseThrow(() -> OngeldigeGebeurtenisException.onbekendType(type));
        List<Veldfout> fouten = new ArrayList<>();
        for (RecordComponent veld : Woordenlijst.velden(soort)) {
            if (veld.isAnnotationPresent(Feit.Verplicht.class) && leeg(velden.get(veld.getName()))) {
                fouten.add(new Veldfout(veld.getName(), "ontbreekt."));
            }
        }
        fouten.addAll(FeitJson.ongeldigeWaarden(soort, velden));
        if (!fouten.isEmpty()) {
            throw OngeldigeGebeurtenisException.ongeldigeVelden(type, fouten);
        }
        return FeitJson.bind(soort, velden);
    }

    /** A fact written by our own code: refused when a required field is missing, or when it is no known kind. */
    static void controleer(Feit feit) {
        if (feit instanceof Feit.Onbekend onbekend) {
            throw OngeldigeGebeurtenisException.onbekendType(onbekend.type());
        }
        List<Veldfout> fouten = new ArrayList<>();
        for (RecordComponent veld : Woordenlijst.velden(feit.getClass())) {
            if (veld.isAnnotationPresent(Feit.Verplicht.class) && leeg(FeitJson.waarde(feit, veld))) {
                fouten.add(new Veldfout(veld.getName(), "ontbreekt."));
            }
        }
        if (!fouten.isEmpty()) {
            throw OngeldigeGebeurtenisException.ongeldigeVelden(feit.type(), fouten);
        }
    }

    private static boolean leeg(Object waarde) {
        return waarde == null || waarde instanceof String tekst && tekst.isBlank();
    }
}
