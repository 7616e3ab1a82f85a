package io.tillid.platform.mail;

import io.tillid.platform.Mailer;
import io.tillid.platform.PlatformProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses the mailer by {@code tillid.mail.mode}. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

  @Bean
  Mailer mailer(PlatformProperties properties, ObjectProvider<JavaMailSender> sender, DevMailbox devMailbox) {
    return switch (properties.mail().mode()) {
      case "smtp" -> new SmtpMailer(sender.getObject(), properties.mail().from());
      case "dev-mailbox" -> devMailbox;
      default -> new DisabledMailer();
    };
  }
}
