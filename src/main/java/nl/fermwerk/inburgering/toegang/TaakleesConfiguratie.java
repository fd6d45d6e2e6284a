package nl.fermwerk.inburgering.toegang;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Registers {@link TaakleesRegistratie} on both engine REST URL spaces, as a filter of its own rather than inside the
 * security configuration: right after Spring Security (which has then authenticated an {@code /engine-rest} caller)
 * and around the webapp's engine REST, whose Tasklist session it reads.
 */
@Configuration
class TaakleesConfiguratie {

    @Bean
    FilterRegistrationBean<TaakleesRegistratie> taakleesRegistratie(Leesregistraties registraties,
                                                                    NamedParameterJdbcTemplate jdbc) {
        FilterRegistrationBean<TaakleesRegistratie> registratie =
                new FilterRegistrationBean<>(new TaakleesRegistratie(registraties, jdbc));
        registratie.setName("taakleesRegistratie");
        registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registratie.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registratie;
    }
}
