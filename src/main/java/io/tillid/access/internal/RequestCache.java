package io.tillid.access.internal;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Keeps what the access module reads about a principal for the rest of the current web request,
 * so a change (a role, a grant) counts from the principal's next request and one request reads it
 * once. Outside a request (commands, tests calling use cases) nothing is kept.
 */
final class RequestCache {

  private RequestCache() {}

  @SuppressWarnings("unchecked")
  static <T> T get(String key, Supplier<T> load) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    String attribute = RequestCache.class.getName() + "." + key;
    if (request != null) {
      Object cached = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
      if (cached != null) {
        return (T) cached;
      }
    }
    T value = load.get();
    if (request != null) {
      request.setAttribute(attribute, value, RequestAttributes.SCOPE_REQUEST);
    }
    return value;
  }
}
