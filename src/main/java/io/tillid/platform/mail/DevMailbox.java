package io.tillid.platform.mail;

import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * start-dev's mail: kept in memory (the newest 50) and shown at {@code /dev/mailbox}, which exists
 * only in start-dev. Nothing leaves the machine.
 */
@Component
public class DevMailbox implements Mailer {

  private static final int KEEP = 50;

  private final Deque<Received> messages = new ArrayDeque<>();
  private final Clock clock;

  DevMailbox(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public synchronized void send(OutgoingMail mail) {
    messages.addFirst(new Received(clock.instant(), mail));
    while (messages.size() > KEEP) {
      messages.removeLast();
    }
  }

  /** Newest first. */
  public synchronized List<Received> messages() {
    return List.copyOf(messages);
  }

  /** A mail the dev mailbox received. */
  public record Received(Instant at, OutgoingMail mail) {}
}
