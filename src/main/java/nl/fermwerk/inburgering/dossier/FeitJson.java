package nl.fermwerk.inburgering.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Veldfout;

/**
 * Between an event's data as stored (JSON) and its typed {@link Feit}. Reading is lenient because the store holds what
 * every earlier version wrote: a key the record does not name is ignored (it stays in the stored JSON and in
 * {@link Gebeurtenis#data()}), a missing key reads as null, a value that does not fit its field reads as if it were
 * missing, and an unknown type reads as {@link Feit.Onbekend}. Writing gives the keys and values the store has always
 * written: dates as jjjj-mm-dd, codes by name, absent fields left out.
 */
public final class FeitJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(LocalDate.class, new IsoDatum()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FeitJson() {
    }

    /** A stored event read as its fact; the data as stored (JSON text). */
    public static Feit lees(String type, String json) {
        Class<? extends Feit> soort = Feit.soort(type).orElse(null);
        try {
            if (soort != null) {
                return JSON.readValue(json, soort);
            }
        } catch (JsonProcessingException eenVeldPastNiet) {
            // Rare (data of an older version): read it field by field below
        }
        return lees(type, leesMap(json));
    }

    /** A stored event read as its fact; the data as a map. */
    public static Feit lees(String type, Map<String, Object> data) {
        Class<? extends Feit> soort = Feit.soort(type).orElse(null);
        if (soort == null) {
            return new Feit.Onbekend(type, data);
        }
        Map<String, Object> passend = new HashMap<>(data);
        for (Veldfout fout : ongeldigeWaarden(soort, data)) {
            passend.remove(fout.veld());
        }
        return bind(soort, passend);
    }

    /** The fields of a fact as the store writes them, in declaration order; absent (null) fields left out. */
    static Map<String, Object> gegevens(Feit feit) {
        if (feit instanceof Feit.Onbekend onbekend) {
            return onbekend.data();
        }
        Map<String, Object> gegevens = new LinkedHashMap<>();
        for (RecordComponent veld : Woordenlijst.velden(feit.getClass())) {
            Object waarde = waarde(feit, veld);
            if (waarde instanceof LocalDate datum) {
                gegevens.put(veld.getName(), datum.toString());
            } else if (waarde instanceof Enum<?> code) {
                gegevens.put(veld.getName(), code.name());
            } else if (waarde != null) {
                gegevens.put(veld.getName(), waarde);
            }
        }
        return gegevens;
    }

    /** The value of one field of a fact. */
    static Object waarde(Feit feit, RecordComponent veld) {
        try {
            return veld.getAccessor().invoke(feit);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Veld " + veld.getName() + " van " + feit.type() + " is niet leesbaar", e);
        }
    }

    /** The fields present in the data whose value does not fit the record's field, each with a Dutch reason. */
    static List<Veldfout> ongeldigeWaarden(Class<? extends Feit> soort, Map<String, Object> data) {
        List<Veldfout> fouten = new ArrayList<>();
        for (RecordComponent veld : Woordenlijst.velden(soort)) {
            Object waarde = data.get(veld.getName());
            if (waarde == null) {
                continue;
            }
            JavaType type = JSON.constructType(veld.getGenericType());
            try {
                JSON.convertValue(waarde, type);
            } catch (IllegalArgumentException pastNiet) {
                fouten.add(new Veldfout(veld.getName(), "'" + afgekort(waarde) + "' " + verwacht(veld.getType())));
            }
        }
        return fouten;
    }

    /** The record from data whose values all fit. */
    static Feit bind(Class<? extends Feit> soort, Map<String, Object> data) {
        return JSON.convertValue(data, soort);
    }

    private static String verwacht(Class<?> type) {
        if (type.isEnum()) {
            return "is geen geldige waarde; kies uit " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")) + ".";
        }
        if (type == LocalDate.class) {
            return "is geen datum (jjjj-mm-dd).";
        }
        if (type == BigDecimal.class || type == int.class || type == Integer.class) {
            return "is geen getal.";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "is geen ja/nee-waarde (true of false).";
        }
        return "past niet in dit veld.";
    }

    private static String afgekort(Object waarde) {
        String tekst = String.valueOf(waarde);
        return tekst.length() > 40 ? tekst.substring(0, 40) + "…" : tekst;
    }

    private static Map<String, Object> leesMap(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen gebeurtenis is geen geldige JSON", e);
        }
    }

    /**
     * jjjj-mm-dd, or a date-time whose first ten characters are one (as some clients send a date field). By hand: a
     * rebuild reads hundreds of thousands of dates, and DateTimeFormatter is the slow part of it.
     */
    private static final class IsoDatum extends StdScalarDeserializer<LocalDate> {

        IsoDatum() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
            }
            String tekst = p.getText().strip();
            if (tekst.isEmpty()) {
                return null;
            }
            LocalDate datum = datum(tekst);
            if (datum == null) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, tekst, "geen datum (jjjj-mm-dd)");
            }
            return datum;
        }

        private static LocalDate datum(String tekst) {
            if (tekst.length() < 10 || tekst.charAt(4) != '-' || tekst.charAt(7) != '-'
                    || tekst.length() > 10 && tekst.charAt(10) != 'T') {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(tekst, 0, 4, 10), Integer.parseInt(tekst, 5, 7, 10),
                        Integer.parseInt(tekst, 8, 10, 10));
            } catch (NumberFormatException | DateTimeException e) {
                return null;
            }
        }
    }
}
