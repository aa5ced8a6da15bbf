package io.glutewise.web.http;

import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.web.problem.Problem;
import io.glutewise.web.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers by itself, before a request reaches the application (a malformed or
 * ambiguous URI, headers too large, an unreadable request line): problem details with the
 * security headers, like every other error, instead of Jetty's HTML page.
 */
public final class ServerErrors extends ErrorHandler {
  /** Writes no stack traces and no servlet names, whatever the defaults. */
  public ServerErrors() {
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.all().forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    return ByteBuffer.wrap(problemFor(status, null).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    SecurityHeaders.all().forEach(response::setHeader);
    response.setContentType(Problem.MEDIA_TYPE);
    response.getOutputStream().write(
        problemFor(code, request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
    baseRequest.setHandled(true);
  }

  /** The problem document for a status Jetty chose, with a generic message. */
  static String problemFor(int status, String path) {
    Problem.Builder problem;
    if (status == 400) {
      problem = Problem.of(ProblemType.BAD_REQUEST,
          "the request could not be read: check its path, query and headers", path);
    } else if (status == 404) {
      problem = Problem.of(ProblemType.NOT_FOUND, "nothing answers this path", path);
    } else if (status == 413) {
      problem = Problem.of(ProblemType.BODY_TOO_LARGE, "the request body is too large", path);
    } else if (status == 500) {
      problem = Problem.of(ProblemType.INTERNAL_ERROR,
          "the server could not answer this request; the failure has been logged", path);
    } else if (status == 501) {
      problem = Problem.of(ProblemType.NOT_IMPLEMENTED,
          "this method is not supported; the API answers " + CrossOrigin.METHODS + " and OPTIONS", path);
    } else {
      // the status Jetty chose, such as 505 for HTTP/9.9 or 431 for huge headers, as it is
      String title = HttpStatus.getMessage(status);
      problem = Problem.builder()
          .type(URI.create("about:blank"))
          .title(title)
          .status(status)
          .detail("the request was refused: " + title.toLowerCase(java.util.Locale.ROOT));
      if (path != null) {
        problem.instance(path);
      }
    }
    return GlutewiseJson.write(problem.build());
  }
}
