package io.glutewise.catalog.guidance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything the catalog knows besides exercises: the clinician notice, the red-flag questions,
 * the weak-glute checklist, habits and the timeline. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidance.class)
@JsonDeserialize(as = ImmutableGuidance.class)
public abstract class Guidance {
  /** The short notice every output carries: when to stop and see a clinician. */
  public abstract String clinicianNotice();

  /** One question per red flag. */
  public abstract List<RedFlagQuestion> redFlagQuestions();

  /** One statement per weak-glute sign. */
  public abstract List<WeakGluteItem> weakGluteChecklist();

  /** Daily habits. */
  public abstract List<Habit> habits();

  /** The timeline of what to expect. */
  public abstract List<Milestone> timeline();

  /** A fresh builder; {@code build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Guidance}, so callers never name the generated class. */
  public static final class Builder extends ImmutableGuidance.Builder {}
}
