package nl.fermwerk.inburgering.modellen;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves a name in an expression to a bean only when {@link ToegestaneExpressies} allows it, instead of to any
 * bean of the application context (the Spring starter's default). A name of another bean is refused outright, so a
 * message says why; a name that is no bean at all stays unresolved (a missing variable, as the engine expects).
 */
final class ToegestaneBeansResolver extends ELResolver {

    private final Expressiebeleid beleid;

    ToegestaneBeansResolver(Expressiebeleid beleid) {
        this.beleid = beleid;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String naam)) {
            return null;
        }
        if (beleid.isToegestaneBean(naam)) {
            context.setPropertyResolved(true);
            return beleid.bean(naam);
        }
        if (beleid.isAndereBean(naam)) {
            throw new ExpressieNietToegestaanException("bean '" + naam + "'");
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String naam && beleid.isToegestaneBean(naam)) {
            throw new ExpressieNietToegestaanException("bean '" + naam + "' overschrijven");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String naam && beleid.isToegestaneBean(naam)) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
