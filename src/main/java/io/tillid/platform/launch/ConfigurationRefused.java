package io.tillid.platform.launch;

/** The configuration cannot be used; the message is the one-line reason shown to the operator. */
public class ConfigurationRefused extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigurationRefused(String reason) {
    super(reason);
  }
}
