package io.tillid.platform;

/**
 * No object with that id that the principal may see: missing, another tenant's, or outside its
 * grants. The three are deliberately indistinguishable; the API answers 404 "No such resource.".
 * The message names the object type only.
 */
public class ObjectNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ObjectNotFound(String objectType) {
    super("no such " + objectType);
  }
}
