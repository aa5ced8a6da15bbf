package io.glutewise.export;

import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.export.internal.ProgramView;

/**
 * A program or a referral as the library's own JSON: a {@link ProgramEnvelope} or {@link
 * ReferralEnvelope} written through {@code GlutewiseJson}, so that it reads back with the same
 * mapper. Output ends with a line feed. Stateless and thread-safe.
 */
final class JsonExport {
  private JsonExport() {}

  /** The program envelope, logs by date. */
  static String program(ProgramView view) {
    return GlutewiseJson.write(ProgramEnvelope.of(view.notice(), view.program(), view.logs())) + "\n";
  }

  /** The referral envelope. */
  static String referral(ReferralEnvelope envelope) {
    return GlutewiseJson.write(envelope) + "\n";
  }
}
