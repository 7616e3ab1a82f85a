/** Web infrastructure other modules' security chains use: problem+json writing, request ids. */
@org.springframework.modulith.NamedInterface("web")
package io.tillid.platform.web;
