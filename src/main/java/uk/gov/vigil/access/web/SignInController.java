package uk.gov.vigil.access.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the call the session-expiry warning makes when the user chooses to stay signed in. */
@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final Duration idleLimit;

    SignInController(ObjectProvider<ClientRegistrationRepository> identityProviders,
            @Value("${server.servlet.session.timeout:30m}") Duration idleLimit) {
        this.identityProviders = identityProviders;
        this.idleLimit = idleLimit;
    }

    /** The forces' identity providers configured for sign-in, by registration id and display name. */
    @GetMapping("/sign-in")
    String signIn(Model model) {
        Map<String, String> providers = new LinkedHashMap<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.put(registration.getRegistrationId(), registration.getClientName());
            }
        }
        model.addAttribute("identityProviders", providers);
        model.addAttribute("sessionMinutes", idleLimit.toMinutes());
        return "sign-in";
    }

    /** Any authenticated request restarts the idle clock; this one does nothing else. */
    @GetMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

}
