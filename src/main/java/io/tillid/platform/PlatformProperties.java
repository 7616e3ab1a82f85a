package io.tillid.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The platform's configuration, checked at start. */
@Validated
@ConfigurationProperties("tillid")
public record PlatformProperties(@DefaultValue("production") @NotBlank String mode, @DefaultValue @Valid Web web) {

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
