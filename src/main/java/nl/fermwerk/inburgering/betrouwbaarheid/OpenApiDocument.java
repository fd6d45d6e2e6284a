package nl.fermwerk.inburgering.betrouwbaarheid;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI document ({@code /v3/api-docs}, Swagger UI on {@code /swagger-ui.html}): what the API is,
 * and that every operation takes HTTP Basic, so Swagger UI offers "Authorize" and a generated client sends the login.
 */
@Configuration
class OpenApiDocument {

    /** The name under which operations refer to the login; clients generated from the document use it too. */
    static final String HTTP_BASIC = "basic";

    @Bean
    OpenAPI regieInburgeringApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Regie Inburgering API")
                        .version("1")
                        .description("""
                                De API van Regie Inburgering: Ferm Werk en de ketenpartners voeren hiermee het \
                                inburgeringstraject (Wet inburgering 2021) van elke inburgeraar. Een koppeling (COA) of \
                                melding (DUO) opent een dossier; het dossier, zijn gebeurtenissen en zijn stand op een \
                                peildatum zijn op te vragen; berichten gaan een lopend traject in; management en beleid \
                                krijgen kengetallen zonder kleine aantallen; functioneel beheer leest de toegangslog en \
                                stelt een inzage op.

                                Aanmelden met HTTP Basic (gebruikersnaam en wachtwoord; in het demoprofiel wachtwoord \
                                `demo`). Wat u mag zien en doen, volgt uit uw rol (docs/privacy.md). Elke inzage in een \
                                dossier komt in de toegangslog; geef het doel mee met `?doel=` of de kop `X-Doel`.

                                Ongeldige invoer geeft `400 application/problem+json` met een Nederlandse `detail` en \
                                een lijst `fouten` die elk veld noemt; er wordt dan niets opgeslagen."""))
                .components(new Components().addSecuritySchemes(HTTP_BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("Gebruikersnaam en wachtwoord van Regie Inburgering")))
                .addSecurityItem(new SecurityRequirement().addList(HTTP_BASIC));
    }
}
