package io.glutewise.web.problem;

import java.net.URI;

/**
 * The kinds of problem the server reports, each with its HTTP status, a short title and a stable
 * type URI that the API documentation explains.
 */
public enum ProblemType {
  /** The request itself could not be read: a malformed path, query or header. */
  BAD_REQUEST(400, "The request is not well formed"),
  /** The body is not JSON at all, or is empty. */
  MALFORMED_JSON(400, "The request body is not valid JSON"),
  /** The JSON is well formed but a value in it is wrong: out of range, unknown, missing. */
  INVALID_VALUE(422, "A value in the request is not valid"),
  /** A query parameter is unknown or holds a value that is not allowed. */
  INVALID_PARAMETER(400, "A query parameter is not valid"),
  /** A page from another origin called the API, and that origin is not allowed. */
  FORBIDDEN_ORIGIN(403, "This origin may not call the API"),
  /** The exercise id in the path is not in the catalog. */
  UNKNOWN_EXERCISE(404, "No exercise has this id"),
  /** No route answers this path. */
  NOT_FOUND(404, "Nothing is here"),
  /** The path exists but does not answer this method. */
  METHOD_NOT_ALLOWED(405, "This method is not allowed here"),
  /** The body did not arrive whole or in time. */
  INCOMPLETE_BODY(400, "The request body did not arrive whole"),
  /** The body is larger than the server accepts. */
  BODY_TOO_LARGE(413, "The request body is too large"),
  /** A body was sent with a content type other than JSON. */
  UNSUPPORTED_MEDIA_TYPE(415, "The request body must be JSON"),
  /** A method the server does not know at all, such as {@code FOO}. */
  NOT_IMPLEMENTED(501, "This method is not supported"),
  /** Anything the server did not expect; details stay in the server's log. */
  INTERNAL_ERROR(500, "Something went wrong on the server");

  private static final String BASE = "https://glutewise.io/problems/";

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The short, fixed summary of the problem kind. */
  public String title() {
    return title;
  }

  /** The stable slug, such as {@code invalid-value}. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The type URI, such as {@code https://glutewise.io/problems/invalid-value}. */
  public URI uri() {
    return URI.create(BASE + slug());
  }
}
