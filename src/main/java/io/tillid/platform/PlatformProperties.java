package io.tillid.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The platform's configuration, checked at start. */
@Validated
@ConfigurationProperties("tillid")
public record PlatformProperties(
    @DefaultValue("production") @NotBlank String mode,
    @DefaultValue @Valid Web web,
    @DefaultValue("https://localhost:8443") @NotBlank String publicUrl,
    @DefaultValue @Valid Mail mail) {

  /** Outgoing mail: {@code smtp}, {@code dev-mailbox} (start-dev) or {@code disabled}. */
  public record Mail(
      @DefaultValue("disabled") @Pattern(regexp = "smtp|dev-mailbox|disabled") String mode,
      @DefaultValue("tillid@localhost") @NotBlank String from) {}


  /** Ports and limits of the web server. */
  public record Web(
      @DefaultValue("8443") @Min(0) @Max(65_535) int httpsPort,
      @DefaultValue("8080") @Min(0) @Max(65_535) int httpPort,
      @DefaultValue("9000") @Min(0) @Max(65_535) int managementPort,
      @DefaultValue("1048576") @Min(1024) long maxRequestBytes) {}

  public boolean isDev() {
    return "dev".equals(mode);
  }
}
