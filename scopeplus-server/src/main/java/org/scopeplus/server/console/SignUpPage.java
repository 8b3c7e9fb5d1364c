package org.scopeplus.server.console;

import jakarta.servlet.http.HttpServletRequest;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.Passwords;
import org.scopeplus.server.setup.SigningUp;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Self-service sign-up in the console: a company creates its tenant with its first admin, then logs
 * in. The same rules as the API's ({@link SigningUp}).
 */
@ConsoleController
class SignUpPage {

  private final SigningUp signing;

  SignUpPage(SigningUp signing) {
    this.signing = signing;
  }

  @GetMapping("/signup")
  String form(@AuthenticationPrincipal Caller caller, Model model) {
    if (caller != null) {
      return "redirect:/overview";
    }
    model.addAttribute("open", signing.open());
    model.addAttribute("minLength", Passwords.MIN_LENGTH);
    return "console/signup";
  }

  @PostMapping("/signup")
  String signUp(
      @RequestParam(defaultValue = "") String tenant,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String repeatPassword,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("open", signing.open());
    model.addAttribute("minLength", Passwords.MIN_LENGTH);
    model.addAttribute("tenant", tenant);
    model.addAttribute("username", username);
    if (!password.equals(repeatPassword)) {
      model.addAttribute("refusalKey", "password.mismatch");
      return "console/signup";
    }
    SigningUp.Outcome o = signing.signUp(tenant, username, password, request.getRemoteAddr());
    if (o instanceof SigningUp.Outcome.SignedUp s) {
      model.addAttribute("signedUp", s);
    } else if (o instanceof SigningUp.Outcome.Refused r) {
      model.addAttribute("refusal", r.reason());
    } else {
      model.addAttribute(
          "refusalKey",
          o instanceof SigningUp.Outcome.Throttled ? "signup.throttled" : "signup.closed");
    }
    return "console/signup";
  }
}
