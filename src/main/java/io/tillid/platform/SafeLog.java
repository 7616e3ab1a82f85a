package io.tillid.platform;

/**
 * Describes a throwable for a log line without its messages, which may carry personal data or
 * input: only the exception types and the stack frames of our own code.
 */
public final class SafeLog {

  private static final int MAX_FRAMES = 12;

  private SafeLog() {}

  public static String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    Throwable current = error;
    int depth = 0;
    while (current != null && depth < 5) {
      if (depth > 0) {
        out.append(" <- caused by ");
      }
      out.append(current.getClass().getName());
      int frames = 0;
      for (StackTraceElement frame : current.getStackTrace()) {
        if (frame.getClassName().startsWith("io.tillid.") && frames < MAX_FRAMES) {
          out.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName())
              .append(':').append(frame.getLineNumber());
          frames++;
        }
      }
      current = current.getCause() == current ? null : current.getCause();
      depth++;
    }
    return out.toString();
  }
}
