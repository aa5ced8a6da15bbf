package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The answer of {@code GET /health}: the server is up, with its and the catalog's versions. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableHealth.class)
@JsonDeserialize(as = ImmutableHealth.class)
public abstract class Health {
  /** Always {@code ok} when the server answers. */
  public abstract String status();

  /** The version of glutewise this server runs. */
  public abstract String version();

  /** The version of the exercise catalog programs are built from. */
  public abstract String catalogVersion();

  /** The health of a running server. */
  public static Health of(String version, String catalogVersion) {
    return ImmutableHealth.builder().status("ok").version(version).catalogVersion(catalogVersion).build();
  }
}
