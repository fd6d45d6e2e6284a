package nl.fermwerk.inburgering.toegang;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP security. Our API and the engine's REST API take HTTP Basic against the Camunda identity service and never
 * let an anonymous call through (the REST starter itself ships without authentication); which role may call which
 * endpoint is the first line of the access model (docs/privacy.md), {@link DossierToegang} the second. Tasklist,
 * Cockpit and Admin keep their own session login and CSRF protection; our own pages get CSRF, CSP and HSTS here.
 */
@Configuration
// Not in the what-if replay's child process (watals.WatalsKind), which runs the application without web
@ConditionalOnWebApplication
public class Beveiliging {

    static final String REALM = "Regie Inburgering";

    /** The groups that query the engine's variable overviews across all instances (EngineEindpunten). */
    static final List<String> VARIABELENOVERZICHT = List.of(Groepen.CASUSREGIE, Groepen.TEAMLEIDER,
            Groepen.FUNCTIONEEL_BEHEER, Groepen.CAMUNDA_ADMIN);

    /** Content-Security-Policy of our own pages (dashboard, dossier pages, Swagger UI); Camunda's apps set their own. */
    static final String CSP_PAGINAS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** The APIs answer JSON only: nothing in them may load, run or be framed. */
    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, CamundaIdentiteit identiteit, IdentityService engineIdentiteit,
                             ObjectMapper json,
                             @Value("${inburgering.beveiliging.toegestane-origins:}") List<String> toegestaneOrigins)
            throws Exception {
        String[] lezers = Stream.concat(Stream.of(Groepen.CASUSREGIE, Groepen.TEAMLEIDER, Groepen.FUNCTIONEEL_BEHEER),
                Groepen.PARTNERS.stream()).map(Beveiliging::groep).toArray(String[]::new);
        // Path patterns, not MVC matchers: the engine's REST API is a Jersey servlet outside Spring MVC
        // The rapportage pages (/dashboard, /dossiers/**) take the same HTTP Basic login as the API behind them
        http.securityMatcher(new OrRequestMatcher(pad("/api/**"), pad("/engine-rest/**"), pad("/dashboard"),
                        pad("/dossiers/**"), pad("/beleid/**")))
                // Exactly one check per request: with the provider added, Spring's global manager (which holds the
                // same provider bean) was asked again after a failure, and each wrong password was checked twice
                .authenticationManager(new ProviderManager(identiteit))
                .authorizeHttpRequests(a -> a
                        // rapportage: aggregates for management too; BSN-bearing exports for casusregie and beheer
                        .requestMatchers(pad("/dashboard"), pad("/api/rapportages/kengetallen"),
                                pad(HttpMethod.GET, "/api/rapportages/labels"),
                                pad("/api/rapportages/export/management.*"), pad(HttpMethod.GET, "/api/rapportages/cbs/**"))
                        .hasAnyAuthority(groep(Groepen.CASUSREGIE), groep(Groepen.TEAMLEIDER),
                                groep(Groepen.FUNCTIONEEL_BEHEER), groep(Groepen.MANAGEMENT),
                                groep(Groepen.BELEIDSMEDEWERKER))
                        .requestMatchers(pad("/api/rapportages/export/**"), pad("/api/rapportages/cbs/**"))
                        .hasAnyAuthority(groep(Groepen.CASUSREGIE), groep(Groepen.FUNCTIONEEL_BEHEER))
                        // The werkvoorraad is the working list of Ferm Werk's casusregie and teamleiders
                        .requestMatchers(pad("/dossiers"))
                        .hasAnyAuthority(groep(Groepen.CASUSREGIE), groep(Groepen.TEAMLEIDER))
                        // The dossier page: also a partner, which the page narrows to its gemeenten and view
                        .requestMatchers(pad(HttpMethod.GET, "/dossiers/*")).hasAnyAuthority(lezers)
                        // The DUO worklist names dossiers; marking an item done is casusregie's work
                        .requestMatchers(pad(HttpMethod.POST, "/api/rapportages/duo/**"))
                        .hasAnyAuthority(groep(Groepen.CASUSREGIE))
                        .requestMatchers(pad("/api/rapportages/duo/**"))
                        .hasAnyAuthority(groep(Groepen.CASUSREGIE), groep(Groepen.TEAMLEIDER),
                                groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad("/api/rapportages/dossiers/**"), pad("/api/rapportages/dossiers"),
                                pad("/api/rapportages/cohorten"), pad("/dossiers/**"))
                        .hasAnyAuthority(groep(Groepen.CASUSREGIE), groep(Groepen.TEAMLEIDER),
                                groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad("/api/rapportages/**"))
                        .hasAnyAuthority(groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad(HttpMethod.POST, "/api/dossiers")).hasAnyAuthority(
                                groep(Groepen.CASUSREGIE), groep(Groepen.FUNCTIONEEL_BEHEER))
                        // Inzage (AVG art. 15) and the access log: the privacy officer's work
                        .requestMatchers(pad("/api/dossiers/*/inzage"), pad("/api/toegangslog"))
                                .hasAuthority(groep(Groepen.FUNCTIONEEL_BEHEER))
                        // Reading dossiers: Ferm Werk, functioneel beheer and the partners; DossierController narrows a
                        // partner to the gemeenten of its role. Management and beleidsmedewerkers: never
                        .requestMatchers(pad(HttpMethod.GET, "/api/dossiers/**"), pad(HttpMethod.GET, "/api/dossiers"))
                                .hasAnyAuthority(lezers)
                        .requestMatchers(pad(HttpMethod.POST, "/api/dossiers/*/berichten")).hasAnyAuthority(
                                groep(Groepen.CASUSREGIE), groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad("/api/dossiers/**"), pad("/api/dossiers")).hasAnyAuthority(
                                groep(Groepen.CASUSREGIE), groep(Groepen.FUNCTIONEEL_BEHEER))
                        .requestMatchers(pad("/api/beheer/**")).hasAuthority(groep(Groepen.FUNCTIONEEL_BEHEER))
                        // The what-if replay of changed models (watals): the beleidsmedewerkers' own tool
                        .requestMatchers(pad("/api/beleid/**"), pad("/beleid/**"))
                                .hasAuthority(groep(Groepen.BELEIDSMEDEWERKER))
                        // The simulated clock moves every term of every dossier at once (profile simulatie only)
                        .requestMatchers(pad("/api/simulatie/**")).hasAuthority(groep(Groepen.FUNCTIONEEL_BEHEER))
                        // Driving a trajectory from outside: one fixed refusal, before the engine sees the payload
                        .requestMatchers(EngineEindpunten.procesSturing(EngineEindpunten.REST))
                                .hasAuthority(groep(Groepen.CAMUNDA_ADMIN))
                        .requestMatchers(EngineEindpunten.variabelenOverzichten(EngineEindpunten.REST))
                                .hasAnyAuthority(VARIABELENOVERZICHT.stream().map(Beveiliging::groep).toArray(String[]::new))
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(nietIngelogd(json)))
                .exceptionHandling(e -> e.authenticationEntryPoint(nietIngelogd(json)).accessDeniedHandler(geweigerd(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session, so no CSRF token: the browser's cached Basic credentials are what a forged request
                // rides on, and HerkomstControle stops it by its Origin, Referer and Sec-Fetch headers
                .csrf(c -> c.disable())
                // The rapportage pages load their own script and ECharts; everything else here is JSON
                .headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new OrRequestMatcher(pad("/dashboard"), pad("/dossiers/**"), pad("/beleid/**")),
                                new StaticHeadersWriter("Content-Security-Policy", CSP_PAGINAS)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(pad("/dashboard"), pad("/dossiers/**"),
                                        pad("/beleid/**"))),
                                new StaticHeadersWriter("Content-Security-Policy", CSP_API)))
                        .frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(JAAR)))
                // A forged cross-site change is refused before its (ambient) credentials are even checked
                .addFilterBefore(new HerkomstControle(toegestaneOrigins, json), BasicAuthenticationFilter.class)
                // The dossier pages also open from a Tasklist session: the link from a task to its dossier
                .addFilterAfter(new TasklistSessieOpDossierpaginas(identiteit), HerkomstControle.class)
                .addFilterAfter(new EngineAuthenticatieFilter(engineIdentiteit), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain overige(HttpSecurity http, ObjectMapper json) throws Exception {
        RequestMatcher camunda = pad("/camunda/**");
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // The engine's REST API behind Tasklist's and Cockpit's session login: the same rules as /engine-rest
                .addFilterBefore(new WebappEngineToegang(json), AuthorizationFilter.class)
                // CSRF stays on for every session-based page of ours; Camunda's webapps bring their own session login
                // and CSRF filter (a second token check would break them)
                .csrf(c -> c.ignoringRequestMatchers(camunda))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        // HSTS is sent on HTTPS requests only; in prod the proxy's X-Forwarded-Proto makes them so
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(JAAR))
                        // Our CSP on our pages; Camunda's webapps set a policy of their own that fits their scripts
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(camunda),
                                new StaticHeadersWriter("Content-Security-Policy", CSP_PAGINAS))));
        return http.build();
    }

    private static final long JAAR = 31_536_000L;

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
