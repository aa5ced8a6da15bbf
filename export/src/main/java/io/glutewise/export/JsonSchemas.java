package io.glutewise.export;

import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of the documents glutewise reads and writes, shipped under
 * {@value #RESOURCE_FOLDER}: the core types' schemas in the core jar, the envelopes' in the export
 * jar. They describe exactly what {@code GlutewiseJson} writes for {@code TraineeProfile}, {@code Program} and {@code SessionLog}, and the two export
 * envelopes; each schema's {@code $id} is {@value #BASE_URI} plus its file name, and they refer to
 * each other by file name, so map that prefix to the resource folder to resolve them offline.
 */
public final class JsonSchemas {
  /** The classpath folder holding the schemas, with a trailing slash. */
  public static final String RESOURCE_FOLDER = "/io/glutewise/schema/";

  /** The prefix of every schema's {@code $id}. */
  public static final String BASE_URI = "https://glutewise.io/schema/";

  /** A trainee profile. */
  public static final String PROFILE = "profile.schema.json";

  /** A program. */
  public static final String PROGRAM = "program.schema.json";

  /** A session log. */
  public static final String SESSION_LOG = "session-log.schema.json";

  /** The JSON export of a program: {@link ProgramEnvelope}. */
  public static final String PROGRAM_EXPORT = "program-export.schema.json";

  /** The JSON export of a referral: {@link ReferralEnvelope}. */
  public static final String REFERRAL_EXPORT = "referral-export.schema.json";

  /** The JSON export of a plan's summary: {@link SummaryEnvelope}. */
  public static final String SUMMARY_EXPORT = "summary-export.schema.json";

  private JsonSchemas() {}

  /** Every schema's file name. */
  public static List<String> all() {
    return List.of(PROFILE, PROGRAM, SESSION_LOG, PROGRAM_EXPORT, REFERRAL_EXPORT, SUMMARY_EXPORT);
  }
}
