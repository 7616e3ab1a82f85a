package io.tillid.crypto.internal;

import io.tillid.crypto.UnreadableFieldException;
import io.tillid.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stored value that does not decrypt (tampered, moved, or its keys destroyed) is an error naming
 * the record (table, column, row id; never a value), in the log and in the answer, instead of
 * garbage or an anonymous 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableFieldProblems {

  private static final Logger LOG = LoggerFactory.getLogger(UnreadableFieldProblems.class);

  @ExceptionHandler(UnreadableFieldException.class)
  ResponseEntity<ProblemDetail> unreadable(UnreadableFieldException error, HttpServletRequest request) {
    LOG.atError().setMessage("stored value cannot be decrypted")
        .addKeyValue("record", error.field() == null ? "-" : error.field().toString())
        .log();
    ProblemDetail problem = Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR,
        "A stored value cannot be decrypted: " + error.field() + ".", request);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
