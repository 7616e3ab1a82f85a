package io.tillid.identity.internal;

import io.tillid.identity.internal.ClientRepository.StoredClient;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.SignedIn;
import io.tillid.platform.WebSecurityBasics;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The consent page an authorization request leads to: which application asks, and in words what
 * it asks to do for the user; only what the user may do can be allowed. Its forms go to the
 * authorization endpoint, which answers the application at its registered redirect URI, so this
 * page's content security policy lets its forms go there too (and nowhere else).
 */
@Controller
@SignedIn("The signed-in user's own consent to an application of the user's own organisation.")
class ConsentController {

  static final String PATH = "/oauth2/consent";

  private final ClientRepository clients;
  private final PermissionChecker permissions;

  ConsentController(ClientRepository clients, PermissionChecker permissions) {
    this.clients = clients;
    this.permissions = permissions;
  }

  @GetMapping(PATH)
  String consent(@AuthenticationPrincipal SignedInPrincipal principal,
      @RequestParam(name = "client_id") String clientId, @RequestParam(name = "scope", defaultValue = "") String scope,
      @RequestParam(name = "state") String state, Model model, HttpServletResponse response) {
    Optional<StoredClient> application = principal.tenantId().isPlatform() ? Optional.empty()
        : clients.find(principal.tenantId(), clientId).filter(client -> client.type().isApplication());
    if (application.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Set<String> requested = new TreeSet<>(Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).toList());
    Set<String> held = permissions.permissionsOf(principal);
    List<String> allowed = requested.stream().filter(held::contains).toList();
    List<String> unavailable = requested.stream().filter(s -> !held.contains(s)).toList();
    model.addAttribute("clientId", application.get().clientId());
    model.addAttribute("state", state);
    model.addAttribute("allowed", allowed);
    model.addAttribute("unavailable", unavailable);
    response.setHeader("Content-Security-Policy", WebSecurityBasics.CONTENT_SECURITY_POLICY.replace(
        "form-action 'self'", "form-action 'self' " + formTargets(application.get().redirectUris())));
    return "consent";
  }

  /** The origins of the redirect URIs; a loopback one on any port (RFC 8252 native apps). */
  static String formTargets(String redirectUris) {
    Set<String> origins = new LinkedHashSet<>();
    for (String uri : String.valueOf(redirectUris).split(" ")) {
      if (ApplicationRegistration.allowed(uri)) {
        URI parsed = URI.create(uri);
        boolean loopback = "http".equals(parsed.getScheme());
        origins.add(parsed.getScheme() + "://" + parsed.getHost()
            + (loopback ? ":*" : parsed.getPort() > 0 ? ":" + parsed.getPort() : ""));
      }
    }
    return origins.stream().collect(Collectors.joining(" "));
  }
}
