package nl.fermwerk.inburgering.modellen;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@link ToegestaneExpressies} applied to this application: which name is an allowed bean or delegate (plus the test
 * suite's {@link TestDelegates}), which is a bean of the application that models may not reach, and the allowed
 * beans themselves, looked up only when an expression needs them (the engine is built before all beans exist).
 */
@Component
public class Expressiebeleid {

    private final ApplicationContext context;
    private final Set<String> delegates;

    public Expressiebeleid(ApplicationContext context, ObjectProvider<TestDelegates> testDelegates) {
        this.context = context;
        Set<String> alle = new TreeSet<>(ToegestaneExpressies.DELEGATES);
        testDelegates.orderedStream().forEach(t -> alle.addAll(t.namen()));
        this.delegates = Set.copyOf(alle);
    }

    /** The methods a model may call on this bean; null when a model may not call any. */
    Set<String> methodenVan(String bean) {
        return ToegestaneExpressies.BEANS.get(bean);
    }

    boolean isDelegate(String naam) {
        return delegates.contains(naam);
    }

    /** Whether an expression may resolve this name to a bean at all (to call a method, or as a delegate). */
    boolean isToegestaneBean(String naam) {
        return ToegestaneExpressies.BEANS.containsKey(naam) || delegates.contains(naam);
    }

    /** A bean of the application that models may not name: worth its own message ("not allowed", not "unknown"). */
    boolean isAndereBean(String naam) {
        return !isToegestaneBean(naam) && context.containsBean(naam);
    }

    /** The allowed bean itself, from the application context; only for names {@link #isToegestaneBean} allows. */
    Object bean(String naam) {
        if (!isToegestaneBean(naam)) {
            throw new IllegalArgumentException(naam);
        }
        return context.getBean(naam);
    }

    /** For messages: what a model may call. */
    String toegestaneMethoden() {
        Set<String> lijst = new TreeSet<>();
        ToegestaneExpressies.BEANS.forEach((bean, methoden) -> methoden.forEach(m -> lijst.add(bean + "." + m)));
        return String.join(", ", lijst);
    }

    /** For messages: which delegates a model may name. */
    String toegestaneDelegates() {
        return String.join(", ", new TreeSet<>(delegates));
    }
}
