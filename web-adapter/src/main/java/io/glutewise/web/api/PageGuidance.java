package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.catalog.guidance.WeakGluteItem;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /api/guidance}, what the page asks before it plans: the clinician
 * notice, one question per red flag (every flag, always) and the weak-glute checklist. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePageGuidance.class)
@JsonDeserialize(as = ImmutablePageGuidance.class)
public abstract class PageGuidance {
  /** When to stop and see a clinician. */
  public abstract String clinicianNotice();

  /** One question per red flag, in the catalog's words. */
  public abstract List<RedFlagQuestion> redFlagQuestions();

  /** The weak-glute checklist, in the catalog's words. */
  public abstract List<WeakGluteItem> weakGluteChecklist();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PageGuidance}. */
  public static final class Builder extends ImmutablePageGuidance.Builder {}
}
