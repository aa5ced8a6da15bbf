package io.glutewise.core.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.glutewise.core.InvalidValueException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions for values that must be rejected when built: the exception is an
 * {@link InvalidValueException} that names the field and the offending value, and its message
 * says both, so that a person can find and fix the problem.
 */
public final class Rejections {
  private Rejections() {}

  /**
   * Runs {@code build} and requires it to throw an {@link InvalidValueException} with the given
   * field and value, whose message starts with the field and ends with {@code ", was " + value}.
   *
   * @param build the code that builds the invalid value
   * @param field the expected {@link InvalidValueException#field()}
   * @param value the expected {@link InvalidValueException#value()}
   * @return an assertion on the exception, for further checks of its message
   */
  public static AbstractThrowableAssert<?, InvalidValueException> assertRejected(
      ThrowingCallable build, String field, String value) {
    InvalidValueException rejected = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(rejected).as("an InvalidValueException for %s", field).isNotNull();
    assertThat(rejected.field()).as("field").isEqualTo(field);
    assertThat(rejected.value()).as("value").isEqualTo(value);
    assertThat(rejected.getMessage())
        .as("message")
        .startsWith(field + " ")
        .endsWith(", was " + value);
    return assertThat(rejected);
  }
}
