package uk.gov.vigil.access.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    SignInController(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.identityProviders = identityProviders;
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
        return "sign-in";
    }

}
