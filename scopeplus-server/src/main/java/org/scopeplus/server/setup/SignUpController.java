package org.scopeplus.server.setup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.scopeplus.server.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Self-service sign-up through the API: a new tenant with its first admin, no login needed. */
@RestController
@RequestMapping("/api/v1/signup")
@Tag(name = "Setup", description = "The first start: the first admin, with the setup token")
class SignUpController {

  /** A new tenant and its first admin. */
  record SignUp(
      @Schema(description = "the company's name, the new tenant's; not taken yet") String tenant,
      @Schema(description = "the admin's user name") String username,
      @Schema(description = "the admin's password (12 to 128 characters, see docs/security.md)")
          String password) {}

  /** Whether sign-up is open on this service. */
  record SignUpState(boolean open) {}

  private final SigningUp signing;

  SignUpController(SigningUp signing) {
    this.signing = signing;
  }

  @Operation(summary = "Whether self-service sign-up is open (no login needed)")
  @GetMapping
  SignUpState state() {
    return new SignUpState(signing.open());
  }

  @Operation(
      summary = "Create a tenant with its first admin (self-service sign-up, no login needed)",
      description =
          "201 with the login name (tenant/user); 403 when the operator has turned sign-up off"
              + " (scopeplus.signup.enabled=false); 422 for a taken tenant name, a refused name"
              + " or password; 429 with Retry-After beyond the sign-ups allowed per address and"
              + " per hour.")
  @PostMapping
  ResponseEntity<SigningUp.Outcome.SignedUp> signUp(
      @RequestBody SignUp body, HttpServletRequest request) {
    if (body == null) {
      throw ApiProblem.badRequest("give tenant, username and password");
    }
    SigningUp.Outcome o =
        signing.signUp(body.tenant(), body.username(), body.password(), request.getRemoteAddr());
    if (o instanceof SigningUp.Outcome.SignedUp s) {
      return ResponseEntity.status(HttpStatus.CREATED).body(s);
    }
    if (o instanceof SigningUp.Outcome.Throttled t) {
      throw new ApiProblem(
          HttpStatus.TOO_MANY_REQUESTS,
          "Too Many Requests",
          "too many sign-ups; try again in " + t.retryAfterSeconds() + " seconds",
          Map.of("retryAfterSeconds", t.retryAfterSeconds()));
    }
    if (o instanceof SigningUp.Outcome.Refused r) {
      throw ApiProblem.refused("Sign-Up Refused", r.reason());
    }
    throw ApiProblem.forbidden("self-service sign-up is turned off on this service");
  }
}
