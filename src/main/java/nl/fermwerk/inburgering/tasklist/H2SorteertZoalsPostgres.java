package nl.fermwerk.inburgering.tasklist;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * H2 sorts an empty value before every other value, PostgreSQL after it. The engine's task query cannot say "nulls
 * last", so on H2 a task without a due date would head every Tasklist filter, on PostgreSQL close it. H2's
 * {@code DEFAULT_NULL_ORDERING=HIGH} makes H2 sort as PostgreSQL does, for every query; PostgreSQL URLs are left alone.
 */
@Component
class H2SorteertZoalsPostgres implements BeanPostProcessor {

    static final String INSTELLING = "DEFAULT_NULL_ORDERING=HIGH";

    @Override
    public Object postProcessAfterInitialization(Object bean, String naam) {
        if (bean instanceof DataSourceProperties databank) {
            databank.setUrl(metNullsAchteraan(databank.getUrl()));
        }
        return bean;
    }

    static String metNullsAchteraan(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.toUpperCase().contains("DEFAULT_NULL_ORDERING")) {
            return url;
        }
        return url + ";" + INSTELLING;
    }
}
