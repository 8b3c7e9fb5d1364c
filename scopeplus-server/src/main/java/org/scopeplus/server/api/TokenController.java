package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.IssuingToken;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.ApiToken;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.TokenStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens: made by any user for themselves, shown once, revocable. */
@Tag(name = "Tokens", description = "API tokens for scripts and integrations (Bearer)")
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

  /** A token without its secret. */
  record TokenView(String id, String name, String userId, Instant createdAt, Instant revokedAt) {
    static TokenView of(ApiToken t) {
      return new TokenView(t.id(), t.name(), t.userId(), t.createdAt(), t.revokedAt());
    }
  }

  /** A new token with its secret, shown this once. */
  record IssuedView(String id, String name, String secret) {}

  /** What the token is for. */
  record NewToken(String name) {}

  private final Database db;
  private final TokenStore tokens = new TokenStore();

  TokenController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Make an API token (its secret is shown once)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IssuedView issue(@AuthenticationPrincipal Caller caller, @RequestBody NewToken body) {
    if (body == null
        || body.name() == null
        || body.name().isBlank()
        || body.name().length() > 200) {
      throw ApiProblem.badRequest("a token needs a name of 1 to 200 characters");
    }
    IssuingToken.Issued issued =
        db.inTransaction(c -> new IssuingToken().issue(c, caller, body.name().strip()));
    return new IssuedView(issued.token().id(), issued.token().name(), issued.secret());
  }

  @Operation(summary = "List API tokens (one's own; an admin sees all)")
  @GetMapping
  PageBody<TokenView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    String only = caller.role() == Role.ADMIN ? null : caller.userId();
    return PageBody.of(
        db.inTransaction(c -> tokens.list(c, caller.tenantId(), only, Paging.of(page, size))),
        TokenView::of);
  }

  @Operation(summary = "Revoke an API token")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    db.inTransaction(
        c -> {
          ApiToken t =
              tokens
                  .byId(c, caller.tenantId(), id)
                  .filter(x -> caller.role() == Role.ADMIN || x.userId().equals(caller.userId()))
                  .orElseThrow(() -> ApiProblem.notFound("API token " + id));
          tokens.revoke(c, t, caller.username());
          return null;
        });
  }
}
