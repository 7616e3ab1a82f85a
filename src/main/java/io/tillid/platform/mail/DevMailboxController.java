package io.tillid.platform.mail;

import io.tillid.platform.PlatformProperties;
import io.tillid.platform.PublicRoute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** The dev mailbox page: start-dev only; anywhere else it does not exist (404). */
@Controller
@PublicRoute("start-dev only (404 elsewhere): the local mailbox has no real recipients.")
class DevMailboxController {

  private final PlatformProperties properties;
  private final DevMailbox mailbox;

  // named after the bean: in start-dev the "mailer" bean is this same DevMailbox, a second candidate
  DevMailboxController(PlatformProperties properties, DevMailbox devMailbox) {
    this.properties = properties;
    this.mailbox = devMailbox;
  }

  @GetMapping("/dev/mailbox")
  String mailbox(Model model) {
    if (!"dev-mailbox".equals(properties.mail().mode())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("messages", mailbox.messages());
    return "dev-mailbox";
  }
}
