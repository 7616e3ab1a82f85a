package io.tillid.identity.internal;

import io.tillid.platform.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My sessions": the signed-in person's sessions, each named by a handle, and ending one. */
@Controller
@ConditionalOnWebApplication
@SignedIn("The principal's own sessions.")
class MySessionsController {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final SessionTermination termination;

  MySessionsController(FindByIndexNameSessionRepository<? extends Session> sessions, SessionTermination termination) {
    this.sessions = sessions;
    this.termination = termination;
  }

  record Row(String handle, String created, String lastActive, boolean current, Instant sortKey) {}

  @GetMapping("/sessions")
  String list(@AuthenticationPrincipal SignedInPrincipal principal, HttpServletRequest request, Model model) {
    String current = currentHandle(request);
    List<Row> rows = sessions.findByPrincipalName(principal.getName()).values().stream()
        .map(session -> new Row(SessionHandles.of(session.getId()), SHOWN.format(session.getCreationTime()),
            SHOWN.format(session.getLastAccessedTime()), SessionHandles.of(session.getId()).equals(current),
            session.getLastAccessedTime()))
        .sorted(Comparator.comparing(Row::current).thenComparing(Row::sortKey).reversed())
        .toList();
    model.addAttribute("sessions", rows);
    return "sessions";
  }

  @PostMapping("/sessions/end")
  String end(@AuthenticationPrincipal SignedInPrincipal principal, @RequestParam("session") String handle,
      HttpServletRequest request) {
    if (handle.equals(currentHandle(request))) {
      termination.recordCurrentEnded(principal, handle);
      request.getSession().invalidate();
      SecurityContextHolder.clearContext();
      return "redirect:/login?signedOut";
    }
    termination.end(principal.getName(), handle, principal.getName());
    return "redirect:/sessions";
  }

  private static String currentHandle(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? "" : SessionHandles.of(session.getId());
  }
}
