package nl.fermwerk.inburgering.modellen;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager, shielded (issue #20, defence in depth behind the deploy check): the Spring
 * starter's default resolves any bean of the application and calls any method on any object, so a model deployed
 * before the check, or an expression in a stored task filter, could read every BSN or deploy code. Here an
 * expression sees variables, the engine objects, and only the beans of {@link ToegestaneExpressies}, and calls only
 * the methods listed there. The DMN engine's JUEL goes through the same resolvers.
 * Functions (currentUser(), now() in Tasklist filters) are the engine's own and stay.
 */
final class AfgeschermdeExpressionManager extends JuelExpressionManager {

    private final Expressiebeleid beleid;

    AfgeschermdeExpressionManager(Expressiebeleid beleid) {
        super(null);
        this.beleid = beleid;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolvers = new CompositeELResolver();
        resolvers.add(new VariableScopeElResolver());
        resolvers.add(new VariableContextElResolver());
        resolvers.add(new ToegestaneBeansResolver(beleid));
        resolvers.add(new ArrayELResolver(true));
        resolvers.add(new ListELResolver(true));
        resolvers.add(new MapELResolver(true));
        resolvers.add(new BewaakteMethodenResolver(beleid));
        return resolvers;
    }
}
