package nl.fermwerk.inburgering.support;

import java.util.Set;
import nl.fermwerk.inburgering.modellen.TestDelegates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of the test suite's own models (testprocessen/, modellen-kapot/): allowed for models in tests only,
 * because only src/test defines this bean (see TestDelegates).
 */
@Configuration
public class TestModeldelegates {

    @Bean
    TestDelegates testDelegates() {
        return new TestDelegates(Set.of("falendeStap", "schakelbareKoppeling"));
    }
}
