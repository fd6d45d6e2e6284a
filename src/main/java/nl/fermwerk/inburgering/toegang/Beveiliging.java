package nl.fermwerk.inburgering.toegang;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP security. Our API and the engine's REST API take HTTP Basic against the Camunda identity service and never
 * let an anonymous call through (the REST starter itself ships without authentication). Tasklist, Cockpit and Admin
 * keep their own session login and CSRF protection.
 */
@Configuration
public class Beveiliging {

    static final String REALM = "Regie Inburgering";

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, CamundaIdentiteit identiteit, IdentityService engineIdentiteit,
                             ObjectMapper json) throws Exception {
        // Path patterns, not MVC matchers: the engine's REST API is a Jersey servlet outside Spring MVC
        http.securityMatcher(new OrRequestMatcher(pad("/api/**"), pad("/engine-rest/**")))
                .authenticationProvider(identiteit)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(pad(HttpMethod.POST, "/api/dossiers")).hasAnyAuthority(
                                groep(Groepen.CASUSREGIE), groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad(HttpMethod.POST, "/api/dossiers/*/berichten")).hasAnyAuthority(
                                groep(Groepen.CASUSREGIE), groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad("/api/dossiers/**"), pad("/api/dossiers")).hasAnyAuthority(
                                groep(Groepen.CASUSREGIE), groep(Groepen.TEAMLEIDER), groep(Groepen.FUNCTIONEEL_BEHEER))
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(nietIngelogd(json)))
                .exceptionHandling(e -> e.authenticationEntryPoint(nietIngelogd(json)).accessDeniedHandler(geweigerd(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication sends no cookie a forged cross-site request could ride on
                .csrf(c -> c.disable())
                .addFilterAfter(new EngineAuthenticatieFilter(engineIdentiteit), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain overige(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // Camunda's webapps bring their own session login and CSRF filter
                .csrf(c -> c.ignoringRequestMatchers("/camunda/**"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    static RequestMatcher pad(String patroon) {
        return PathPatternRequestMatcher.withDefaults().matcher(patroon);
    }

    static RequestMatcher pad(HttpMethod methode, String patroon) {
        return PathPatternRequestMatcher.withDefaults().matcher(methode, patroon);
    }

    static String groep(String id) {
        return "GROUP_" + id;
    }

    private static AuthenticationEntryPoint nietIngelogd(ObjectMapper json) {
        return (verzoek, antwoord, fout) -> {
            antwoord.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            probleem(json, antwoord, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                    "Meld u aan met gebruikersnaam en wachtwoord (HTTP Basic).", verzoek.getRequestURI());
        };
    }

    private static AccessDeniedHandler geweigerd(ObjectMapper json) {
        return (verzoek, antwoord, fout) -> probleem(json, antwoord, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                "Uw rol geeft geen toegang tot deze gegevens of handeling.", verzoek.getRequestURI());
    }

    private static void probleem(ObjectMapper json, HttpServletResponse antwoord, int status, String titel,
                                 String detail, String pad) throws java.io.IOException {
        antwoord.setStatus(status);
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        json.writeValue(antwoord.getOutputStream(),
                Map.of("type", "about:blank", "title", titel, "status", status, "detail", detail, "instance", pad));
    }
}
