package nl.fermwerk.inburgering.toegang;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user's password against the Camunda identity service, the one user store of Tasklist, Cockpit and the
 * APIs, and turns the user's Camunda groups into authorities ({@code GROUP_<id>}).
 */
@Component
public class CamundaIdentiteit implements AuthenticationProvider {

    private final IdentityService identiteit;

    public CamundaIdentiteit(IdentityService identiteit) {
        this.identiteit = identiteit;
    }

    @Override
    public Authentication authenticate(Authentication poging) {
        String gebruiker = poging.getName();
        Object wachtwoord = poging.getCredentials();
        if (gebruiker == null || gebruiker.isBlank() || wachtwoord == null
                || !identiteit.checkPassword(gebruiker, wachtwoord.toString())) {
            throw new BadCredentialsException("Onbekende gebruiker of onjuist wachtwoord");
        }
        List<SimpleGrantedAuthority> groepen = groepenVan(gebruiker).stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, groepen);
    }

    public List<String> groepenVan(String gebruiker) {
        return identiteit.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean supports(Class<?> soort) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(soort);
    }
}
