package io.tillid.identity.internal;

import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;
import io.tillid.platform.SafeLog;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends mail off the request thread, so that how long the mail server takes cannot tell a
 * requester whether an account exists. Failures are logged without address or text.
 */
@Component
class MailDispatch {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatch.class);

  private final Mailer mailer;
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
      new ArrayBlockingQueue<>(1_000), runnable -> {
        Thread thread = new Thread(runnable, "tillid-mail");
        thread.setDaemon(true);
        return thread;
      });

  MailDispatch(Mailer mailer) {
    this.mailer = mailer;
  }

  void later(OutgoingMail mail) {
    try {
      executor.execute(() -> send(mail));
    } catch (RejectedExecutionException e) {
      LOG.atWarn().setMessage("mail dropped: the send queue is full").log();
    }
  }

  private void send(OutgoingMail mail) {
    try {
      mailer.send(mail);
    } catch (RuntimeException e) {
      LOG.atWarn().setMessage("account mail not sent").addKeyValue("error", SafeLog.describe(e)).log();
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }
}
