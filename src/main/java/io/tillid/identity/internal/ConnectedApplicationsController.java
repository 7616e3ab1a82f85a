package io.tillid.identity.internal;

import io.tillid.platform.SignedIn;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Connected applications": the applications the signed-in user authorized, and disconnecting one. */
@Controller
@SignedIn("The user's own consents to applications; nobody else's are reachable.")
class ConnectedApplicationsController {

  static final String PATH = "/applications";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  /** An application as the list shows it. */
  record Row(UUID id, String clientId, List<String> scopes, String granted) {}

  private final UserAuthorizationRepository repository;
  private final ApplicationRevocation revocation;

  ConnectedApplicationsController(UserAuthorizationRepository repository, ApplicationRevocation revocation) {
    this.repository = repository;
    this.revocation = revocation;
  }

  @GetMapping(PATH)
  String list(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    List<Row> rows = PrincipalIds.uuidAfter(ApplicationUserPrincipal.USER_PREFIX, principal.principalId())
        .map(user -> repository.consentsOf(principal.tenantId(), user).stream()
            .map(consent -> new Row(consent.apiClientId(), consent.clientId(),
                List.of(consent.scopes().split(" ")), SHOWN.format(consent.grantedAt())))
            .toList())
        .orElse(List.of());
    model.addAttribute("applications", rows);
    return "applications";
  }

  @PostMapping(PATH + "/revoke")
  String revoke(@AuthenticationPrincipal SignedInPrincipal principal, @RequestParam("application") UUID application) {
    PrincipalIds.uuidAfter(ApplicationUserPrincipal.USER_PREFIX, principal.principalId())
        .ifPresent(user -> revocation.revoke(principal.tenantId(), user, application));
    return "redirect:" + PATH + "?revoked";
  }
}
