package nl.fermwerk.inburgering.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of the integration tests: {@code test} and {@code demo} (the demo users), plus {@code testpg} when the
 * suite runs against PostgreSQL ({@code -Dinburgering.test.db=postgres}, as .ci/run does).
 */
public class TestProfielen implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profielen = new ArrayList<>(List.of("test", "demo"));
        if (opPostgres()) {
            profielen.add("testpg");
        }
        return profielen.toArray(String[]::new);
    }

    /** The PostgreSQL suite: {@code -Dinburgering.test.db=postgres}. */
    public static boolean opPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("inburgering.test.db", ""));
    }
}
