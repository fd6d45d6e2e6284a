package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The allowlist names what exists: whoever adds a line to ToegestaneExpressies with a typo, or renames a bean or a
 * method the models call, learns it here rather than from a model that no longer deploys or runs.
 */
@IntegratieTest
class ToegestaneExpressiesTest {

    @Autowired
    ApplicationContext context;

    @Test
    void elkeToegestaneBeanBestaatMetZijnToegestaneMethoden() {
        ToegestaneExpressies.BEANS.forEach((naam, methoden) -> {
            assertThat(context.containsBean(naam)).as("bean " + naam).isTrue();
            Class<?> klasse = AopUtils.getTargetClass(context.getBean(naam));
            for (String methode : methoden) {
                assertThat(Arrays.stream(klasse.getMethods()).filter(m -> m.getName().equals(methode))
                        .map(Method::getModifiers)).as(naam + "." + methode).isNotEmpty().allMatch(Modifier::isPublic);
            }
        });
    }

    @Test
    void elkeToegestaneDelegateIsEenJavaDelegate() {
        for (String naam : ToegestaneExpressies.DELEGATES) {
            assertThat(context.getBean(naam)).as(naam).isInstanceOf(JavaDelegate.class);
        }
    }
}
