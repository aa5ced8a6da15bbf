package io.glutewise.catalog.guidance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.trainee.RedFlag;
import org.immutables.value.Value;

/** A red-flag question in plain words, asked before any program. The answer yes means a referral. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableRedFlagQuestion.class)
@JsonDeserialize(as = ImmutableRedFlagQuestion.class)
public abstract class RedFlagQuestion {
  /** The item's stable id. */
  public abstract RedFlag flag();

  /** The question, in our own words, answered yes or no. */
  public abstract String question();

  /** Where the item comes from. */
  public abstract String source();

  /** A fresh builder; {@code build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedFlagQuestion}, so callers never name the generated class. */
  public static final class Builder extends ImmutableRedFlagQuestion.Builder {}
}
