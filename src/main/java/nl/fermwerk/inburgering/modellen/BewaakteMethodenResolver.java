package nl.fermwerk.inburgering.modellen;

import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;

/**
 * The last resolver of the chain, where every method call and every property read on an object ends up (maps, lists
 * and arrays are read by the resolvers before it). It calls only what {@link ToegestaneExpressies} lists for that
 * object: a listed method of an allowed bean, reading variables through execution or task, the outputs of a decision
 * result. Everything else is refused, in particular {@code getProcessEngineServices()}/{@code processEngineServices}
 * on execution and task, and {@code getClass()} on anything.
 */
final class BewaakteMethodenResolver extends BeanELResolver {

    private final Expressiebeleid beleid;

    BewaakteMethodenResolver(Expressiebeleid beleid) {
        super(true);
        this.beleid = beleid;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) {
            return null;
        }
        String naam = String.valueOf(method);
        if (!magAanroepen(base, naam)) {
            throw new ExpressieNietToegestaanException("methode '" + naam + "' op " + soort(base));
        }
        return super.invoke(context, base, method, paramTypes, params);
    }

    /** A property read is a getter call ({@code execution.processEngineServices}): none is allowed on an object. */
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            return null;
        }
        throw new ExpressieNietToegestaanException("eigenschap '" + property + "' van " + soort(base));
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base == null) {
            return null;
        }
        throw new ExpressieNietToegestaanException("eigenschap '" + property + "' van " + soort(base));
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw new ExpressieNietToegestaanException("eigenschap '" + property + "' van " + soort(base)
                    + " schrijven");
        }
    }

    private boolean magAanroepen(Object base, String methode) {
        if (base instanceof VariableScope) {
            return ToegestaneExpressies.VARIABELEN_LEZEN.contains(methode);
        }
        if (base instanceof DmnDecisionResult) {
            return ToegestaneExpressies.BESLISREGEL_LEZEN.contains(methode)
                    || ToegestaneExpressies.BESLISWAARDE_LEZEN.contains(methode);
        }
        for (var bean : ToegestaneExpressies.BEANS.entrySet()) {
            if (beleid.bean(bean.getKey()) == base) {
                Set<String> methoden = bean.getValue();
                return methoden.contains(methode);
            }
        }
        return false;
    }

    private static String soort(Object base) {
        return base instanceof VariableScope ? "execution/task" : "een object van type " + base.getClass().getName();
    }
}
