package org.scopeplus.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.ChangingPassword;
import org.scopeplus.server.security.ConsoleSession;
import org.scopeplus.server.security.LoginThrottle;
import org.scopeplus.server.security.Passwords;
import org.scopeplus.store.Database;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The way in and out: {@code /} for a browser, the login page, and one's own password. */
@ConsoleController
class SignInController {

  private final ChangingPassword changing;

  SignInController(Database db, LoginThrottle throttle) {
    this.changing = new ChangingPassword(db, throttle);
  }

  /** A browser at {@code /}: the overview, or (without a session) the login page first. */
  @GetMapping("/")
  String home() {
    return "redirect:/overview";
  }

  @GetMapping("/login")
  String login(@AuthenticationPrincipal Caller caller) {
    return caller == null ? "console/login" : "redirect:/overview";
  }

  @GetMapping("/account/password")
  String passwordForm(Model model) {
    model.addAttribute("minLength", Passwords.MIN_LENGTH);
    return "console/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String oldPassword,
      @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String repeatPassword,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("minLength", Passwords.MIN_LENGTH);
    if (!newPassword.equals(repeatPassword)) {
      model.addAttribute("refusal", "password.mismatch");
      return "console/password";
    }
    ChangingPassword.Outcome outcome =
        changing.change(caller, oldPassword, newPassword, request.getRemoteAddr());
    if (outcome instanceof ChangingPassword.Outcome.Changed changed) {
      ConsoleSession.renewed(changed.user(), request, response);
      model.addAttribute("changed", true);
    } else if (outcome instanceof ChangingPassword.Outcome.Weak weak) {
      model.addAttribute("refusal", "password.weak");
      model.addAttribute("weakness", weak.reason());
    } else if (outcome instanceof ChangingPassword.Outcome.Throttled t) {
      model.addAttribute("refusal", "password.throttled");
      model.addAttribute("wait", t.retryAfterSeconds());
    } else {
      model.addAttribute("refusal", "password.wrongOld");
    }
    return "console/password";
  }
}
