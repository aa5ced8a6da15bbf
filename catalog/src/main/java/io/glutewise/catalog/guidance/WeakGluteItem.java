package io.glutewise.catalog.guidance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.trainee.WeakGluteSign;
import org.immutables.value.Value;

/** An item of the weak-glute checklist, in plain words. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableWeakGluteItem.class)
@JsonDeserialize(as = ImmutableWeakGluteItem.class)
public abstract class WeakGluteItem {
  /** The item's stable id. */
  public abstract WeakGluteSign sign();

  /** The statement, in our own words, that a trainee ticks when it applies. */
  public abstract String statement();

  /** Where the item comes from. */
  public abstract String source();

  /** A fresh builder; {@code build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeakGluteItem}, so callers never name the generated class. */
  public static final class Builder extends ImmutableWeakGluteItem.Builder {}
}
