package io.glutewise.planner.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.InvalidValueException;
import io.glutewise.core.json.GlutewiseJson;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OutcomeMeasuresTest {
  @Test
  void oswestryIsTheSumOverFiveTimesTheAnsweredSections() {
    assertThat(OutcomeMeasures.oswestry(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).percent()).isZero();
    assertThat(OutcomeMeasures.oswestry(5, 5, 5, 5, 5, 5, 5, 5, 5, 5).percent()).isEqualTo(100.0);
    OswestryScore score = OutcomeMeasures.oswestry(2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    assertThat(score.percent()).isEqualTo(40.0);
    assertThat(score.answered()).isEqualTo(10);
    assertThat(score.band()).isEqualTo(OswestryBand.MODERATE);
  }

  @Test
  void upToTwoSectionsMayBeLeftOut() {
    Map<Integer, Integer> nine = new TreeMap<>();
    for (int section = 1; section <= 9; section++) {
      nine.put(section, 2);
    }
    assertThat(OutcomeMeasures.oswestry(nine).percent()).isEqualTo(40.0);
    nine.remove(9);
    assertThat(OutcomeMeasures.oswestry(nine).answered()).isEqualTo(8);
    nine.remove(8);
    assertThatThrownBy(() -> OutcomeMeasures.oswestry(nine))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least 8 of 10");
  }

  @Test
  void badSectionsAreNamed() {
    assertThatThrownBy(() -> OutcomeMeasures.oswestry(0, 0, 6, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("oswestry section 3");
    assertThatThrownBy(() -> OutcomeMeasures.oswestry(Map.of(11, 0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("section number");
    assertThatThrownBy(() -> OutcomeMeasures.oswestry(1, 2, 3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("exactly 10");
  }

  @Test
  void bandsFollowTheCustomaryCutOffs() {
    assertThat(OswestryBand.of(0)).isEqualTo(OswestryBand.MINIMAL);
    assertThat(OswestryBand.of(20)).isEqualTo(OswestryBand.MINIMAL);
    assertThat(OswestryBand.of(20.5)).isEqualTo(OswestryBand.MODERATE);
    assertThat(OswestryBand.of(40)).isEqualTo(OswestryBand.MODERATE);
    assertThat(OswestryBand.of(60)).isEqualTo(OswestryBand.SEVERE);
    assertThat(OswestryBand.of(80)).isEqualTo(OswestryBand.CRIPPLED);
    assertThat(OswestryBand.of(81)).isEqualTo(OswestryBand.BED_BOUND);
  }

  @Test
  void painImprovesImportantlyByTwoPointsOrThirtyPercent() {
    assertThat(OutcomeMeasures.painChange(6, 4).importantImprovement()).isTrue();
    assertThat(OutcomeMeasures.painChange(3, 2).importantImprovement()).isTrue();
    assertThat(OutcomeMeasures.painChange(8, 7).importantImprovement()).isFalse();
    assertThat(OutcomeMeasures.painChange(4, 4).importantImprovement()).isFalse();
    OutcomeChange worse = OutcomeMeasures.painChange(2, 4);
    assertThat(worse.importantWorsening()).isTrue();
    assertThat(worse.difference()).isEqualTo(2.0);
    assertThat(worse.percentOfBaseline()).isEqualTo(100.0);
  }

  @Test
  void oswestryImprovesImportantlyByTenPointsOrThirtyPercent() {
    OswestryScore baseline = OswestryScore.of(40, 10);
    assertThat(OutcomeMeasures.oswestryChange(baseline, OswestryScore.of(32, 10)).importantImprovement()).isFalse();
    assertThat(OutcomeMeasures.oswestryChange(baseline, OswestryScore.of(30, 10)).importantImprovement()).isTrue();
    assertThat(OutcomeMeasures.isMinimalImportantImprovement(OutcomeMeasure.OSWESTRY, 20, 14)).isTrue();
  }

  @Test
  void resultsSurviveAJsonRoundTripWithTheirDerivedValues() {
    OutcomeChange change = OutcomeMeasures.painChange(6, 3);
    String json = GlutewiseJson.write(change);
    assertThat(json).contains("\"importantImprovement\" : true");
    assertThat(GlutewiseJson.read(json, OutcomeChange.class, "test")).isEqualTo(change);
    OswestryScore score = OutcomeMeasures.oswestry(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(GlutewiseJson.read(GlutewiseJson.write(score), OswestryScore.class, "test")).isEqualTo(score);
  }
}
