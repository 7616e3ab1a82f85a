package io.tillid.identity.internal;

import org.springframework.ui.Model;

/** The model every "choose a password" page shares: the meter's hints and the last refusal. */
final class PasswordPages {

  private PasswordPages() {}

  static String form(String view, String token, PasswordAccount account, PasswordDecision refusal, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("hintEmail", account.email());
    model.addAttribute("hintTenantName", account.tenantName());
    model.addAttribute("hintTenantSlug", account.tenantSlug());
    model.addAttribute("refusal", refusal);
    return view;
  }
}
