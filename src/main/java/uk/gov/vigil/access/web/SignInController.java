package uk.gov.vigil.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.gov.vigil.access.VigilUser;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }

    @GetMapping("/")
    String home(VigilUser user, Model model) {
        model.addAttribute("user", user);
        return "home";
    }
}
