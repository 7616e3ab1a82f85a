package io.tillid.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The platform's configuration, checked at start. */
@Validated
@ConfigurationProperties("tillid")
public record PlatformProperties(@NotBlank String mode, @Valid Web web) {

  /** Ports and limits of the web server. */
  public record Web(
      @Min(0) @Max(65_535) int httpsPort,
      @Min(0) @Max(65_535) int httpPort,
      @Min(0) @Max(65_535) int managementPort,
      @Min(1024) long maxRequestBytes) {}

  public boolean isDev() {
    return "dev".equals(mode);
  }
}
