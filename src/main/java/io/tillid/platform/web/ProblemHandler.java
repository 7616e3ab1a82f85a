package io.tillid.platform.web;

import io.tillid.platform.BadInputException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.SafeLog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into {@code application/problem+json} with a fixed, safe
 * detail: field names the API declares may appear, the caller's input never does, nor a stack
 * trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(BadInputException.class)
  ResponseEntity<Object> badInput(BadInputException error, WebRequest request) {
    return problem(HttpStatus.BAD_REQUEST, error.getMessage(), request, null);
  }

  @ExceptionHandler(ObjectNotFound.class)
  ResponseEntity<Object> notFound(ObjectNotFound error, WebRequest request) {
    return problem(HttpStatus.NOT_FOUND, "No such resource.", request, null);
  }

  /** A use case refused the principal (outside its grants, or a permission checked in the use case). */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> notPermitted(AccessDeniedException error, WebRequest request) {
    return problem(HttpStatus.FORBIDDEN, "This action is not permitted.", request, null);
  }

  /** Someone else changed the object between this request's read and its write. */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException error, WebRequest request) {
    return problem(HttpStatus.CONFLICT, "The resource was changed by someone else; read it again and retry.", request,
        null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException error, WebRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "The parameter '" + error.getName() + "' has the wrong type.", request, null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception error, WebRequest request) {
    LOG.atError().setMessage("unhandled error").addKeyValue("error", SafeLog.describe(error)).log();
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An internal error occurred.", request, null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (causedBy(error, RequestSizeLimitFilter.PayloadTooLargeException.class)) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.", request, null);
    }
    return problem(HttpStatus.BAD_REQUEST, unreadableDetail(error), request, null);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException error,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = error.getBindingResult().getFieldErrors().stream()
        .map(ProblemHandler::fieldError)
        .toList();
    return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", request, errors);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception error, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return problem(status, safeDetail(status), request, null);
  }

  static String safeDetail(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "The request is not valid.";
      case 401 -> "Authentication is required.";
      case 403 -> "This action is not permitted.";
      case 404 -> "No such resource.";
      case 405 -> "The method is not allowed on this resource.";
      case 406 -> "No acceptable representation; ask for application/json.";
      case 412 -> "The resource changed since the version named in If-Match; read it again and retry.";
      case 413 -> "The request body is too large.";
      case 415 -> "The content type is not supported; send application/json.";
      case 428 -> "This request needs an If-Match header with the resource's ETag.";
      case 429 -> "Too many requests.";
      default -> status.is5xxServerError() ? "An internal error occurred." : "The request failed.";
    };
  }

  private static String unreadableDetail(HttpMessageNotReadableException error) {
    Throwable cause = error.getCause();
    if (cause instanceof UnrecognizedPropertyException) {
      return "The request body has a field that is not known.";
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return "The field '" + path(mismatch) + "' has the wrong type or is missing.";
    }
    if (cause instanceof JacksonException) {
      return "The request body is not valid JSON.";
    }
    return "The request body is missing or cannot be read.";
  }

  private static String path(JacksonException error) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : error.getPath()) {
      if (reference.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static Map<String, String> fieldError(FieldError error) {
    String message = error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
    return Map.of("field", error.getField(), "message", message);
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable current = error; current != null; current = current.getCause()) {
      if (type.isInstance(current)) {
        return true;
      }
      if (current.getCause() == current) {
        break;
      }
    }
    return false;
  }

  private static ResponseEntity<Object> problem(HttpStatusCode status, String detail, WebRequest request,
      List<Map<String, String>> errors) {
    HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
        ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    ProblemDetail problem = Problems.detail(HttpStatus.valueOf(status.value()), detail, servletRequest);
    if (errors != null) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
