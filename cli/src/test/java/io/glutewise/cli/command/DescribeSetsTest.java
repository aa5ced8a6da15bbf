package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import org.junit.jupiter.api.Test;

/** What log and today say was done: the sets in plain words, the load as a person reads it. */
class DescribeSetsTest {
  private static ExerciseLog done(Load load) {
    return ExerciseLog.builder().exerciseId("hip-thrust")
        .addSets(PerformedSet.ofRepetitions(12, load), PerformedSet.ofRepetitions(10, load)).build();
  }

  @Test
  void aLoadIsWordedAsInEveryOtherOutputNotInTheCommandLineSyntax() {
    assertThat(LogCommand.describeSets(done(Load.kilograms(20)))).isEqualTo("2 sets (12, 10), 20 kg");
    assertThat(LogCommand.describeSets(done(Load.band(BandStrength.LIGHT)))).isEqualTo("2 sets (12, 10), light band");
    assertThat(LogCommand.describeSets(done(Load.bodyweight()))).isEqualTo("2 sets (12, 10)");
  }
}
