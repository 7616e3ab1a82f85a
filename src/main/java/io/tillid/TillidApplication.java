package io.tillid;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Tillid application; {@link #main} is the {@code ./tillid} launcher. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TillidApplication {

  public static void main(String[] args) {
    int code = new Launcher(System.getenv(), System.out, System.err).run(args);
    if (code != Launcher.SERVING) {
      System.exit(code);
    }
  }
}
