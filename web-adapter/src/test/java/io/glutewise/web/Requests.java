package io.glutewise.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Bodies the tests send, and reading what comes back. */
public final class Requests {
  /** A Monday, so the plans the tests build are the same every day. */
  public static final String START = "2025-01-06";

  private Requests() {}

  /** A plan request body for the default profile with the given extra profile fields. */
  public static String plan(String profileFields, String optionFields) {
    return "{\"profile\":{" + profileFields + "},\"options\":{\"startDate\":\"" + START + "\""
        + (optionFields.isEmpty() ? "" : "," + optionFields) + "}}";
  }

  /** A plan request for a cleared beginner with a mat and a band, training 3 days for 8 weeks. */
  public static String clearedPlan() {
    return plan("\"equipment\":[\"mat\",\"band\"],\"daysPerWeek\":3", "\"weeks\":8");
  }

  /** A plan request that reports a red flag. */
  public static String referralPlan() {
    return plan("\"redFlags\":[\"saddle-numbness\"]", "");
  }

  /** Parses a response body. */
  public static JsonNode json(String body) {
    try {
      return GlutewiseJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
