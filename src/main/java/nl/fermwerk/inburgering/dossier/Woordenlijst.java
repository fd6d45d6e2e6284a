package nl.fermwerk.inburgering.dossier;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** The vocabulary as data: type name to record, read once from the sealed {@link Feit} hierarchy itself. */
final class Woordenlijst {

    /** Every kind of fact that can be appended, by its stored type name; {@link Feit.Onbekend} is not one. */
    static final Map<String, Class<? extends Feit>> SOORTEN = soorten();

    /** The fields of every record of the vocabulary, {@link Feit.Onbekend} included; read once. */
    private static final Map<Class<?>, RecordComponent[]> VELDEN = velden();

    private Woordenlijst() {
    }

    /** The fields of a kind of fact, in declaration order (the array is shared: never change it). */
    static RecordComponent[] velden(Class<? extends Feit> soort) {
        return VELDEN.get(soort);
    }

    private static Map<Class<?>, RecordComponent[]> velden() {
        Map<Class<?>, RecordComponent[]> velden = new LinkedHashMap<>();
        SOORTEN.values().forEach(soort -> velden.put(soort, soort.getRecordComponents()));
        velden.put(Feit.Onbekend.class, Feit.Onbekend.class.getRecordComponents());
        return Map.copyOf(velden);
    }

    private static Map<String, Class<? extends Feit>> soorten() {
        Map<String, Class<? extends Feit>> soorten = new LinkedHashMap<>();
        voegToe(Feit.class, soorten);
        return Map.copyOf(soorten);
    }

    @SuppressWarnings("unchecked")
    private static void voegToe(Class<?> ouder, Map<String, Class<? extends Feit>> soorten) {
        for (Class<?> soort : ouder.getPermittedSubclasses()) {
            if (soort.isInterface()) {
                voegToe(soort, soorten);
            } else if (soort != Feit.Onbekend.class) {
                soorten.put(soort.getSimpleName(), (Class<? extends Feit>) soort);
            }
        }
    }
}
