package nl.fermwerk.inburgering.prestaties;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * H2 keeps the parsed and planned form of only the last 8 statements of a connection ({@code QUERY_CACHE_SIZE}); the
 * engine runs a few hundred different ones, so on H2 nearly every statement was parsed and planned again. Measured
 * on a what-if replay (docs/performance.md, "The simulation driver"): parsing and preparing took 14 % of the CPU
 * samples. {@value #INSTELLING} keeps them all; PostgreSQL URLs, and H2 URLs that set their own size, are left alone.
 */
@Component
class H2Querycache implements BeanPostProcessor {

    static final String INSTELLING = "QUERY_CACHE_SIZE=1024";

    @Override
    public Object postProcessAfterInitialization(Object bean, String naam) {
        if (bean instanceof DataSourceProperties databank) {
            databank.setUrl(metQuerycache(databank.getUrl()));
        }
        return bean;
    }

    static String metQuerycache(String url) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.toUpperCase().contains("QUERY_CACHE_SIZE")) {
            return url;
        }
        return url + ";" + INSTELLING;
    }
}
