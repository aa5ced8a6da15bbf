package io.glutewise.planner.model;

import static io.glutewise.core.generators.Theories.theory;
import static io.glutewise.planner.generators.PlannerGenerators.options;
import static io.glutewise.planner.generators.PlannerGenerators.profiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every input counts: for each one there are generated profiles where changing only that input
 * changes the program; and a limitation or a piece of equipment that changes nothing is named in a
 * note saying why.
 */
class InputProperties {
  /** The program's content: phases, daily routine and notes, without what it was built from. */
  private static List<Object> content(Program program) {
    return List.of(program.phases(), program.dailyRoutine(), program.notes());
  }

  private static List<Object> trainingContent(Program program) {
    return List.of(program.phases(), program.dailyRoutine());
  }

  private static Map<String, UnaryOperator<TraineeProfile>> inputs() {
    Map<String, UnaryOperator<TraineeProfile>> inputs = new TreeMap<>();
    for (Goal goal : Goal.values()) {
      inputs.put("goal " + goal.id(), p -> with(p).goals(toggle(p.goals(), goal, Goal.class)).build());
    }
    for (Limitation limitation : Limitation.values()) {
      inputs.put("limitation " + limitation.id(),
          p -> with(p).limitations(toggle(p.limitations(), limitation, Limitation.class)).build());
    }
    // a mat only makes the floor comfortable: no exercise needs one
    for (Equipment item : EnumSet.complementOf(EnumSet.of(Equipment.NONE, Equipment.MAT))) {
      inputs.put("equipment " + item.id(), p -> with(p).equipment(toggle(p.equipment(), item, Equipment.class)).build());
    }
    inputs.put("sitting hours", p -> with(p).sittingHoursPerDay(p.sittingHoursPerDay().orElse(0) >= 6 ? 2 : 9).build());
    inputs.put("current pain", p -> with(p).currentPain((p.currentPain() + 4) % 11).build());
    inputs.put("weak-glute signs", p -> with(p).weakGluteSigns(
        p.weakGluteSigns().size() >= 3 ? Set.of() : EnumSet.allOf(WeakGluteSign.class)).build());
    inputs.put("dumbbell weights", p -> with(p).equipment(plus(p.equipment(), Equipment.DUMBBELL))
        .dumbbellsKg(p.dumbbellsKg().isEmpty() ? List.of(3.0, 5.0, 7.0, 9.0, 11.0) : List.of()).build());
    inputs.put("kettlebell weights", p -> with(p).equipment(plus(p.equipment(), Equipment.KETTLEBELL))
        .kettlebellsKg(p.kettlebellsKg().isEmpty() ? List.of(6.0, 10.0, 14.0) : List.of()).build());
    return inputs;
  }

  private static TraineeProfile.Builder with(TraineeProfile profile) {
    return TraineeProfile.builder().from(profile);
  }

  private static <E extends Enum<E>> Set<E> toggle(Set<E> set, E value, Class<E> type) {
    Set<E> copy = EnumSet.noneOf(type);
    copy.addAll(set);
    if (!copy.remove(value)) {
      copy.add(value);
    }
    return copy;
  }

  private static Set<Equipment> plus(Set<Equipment> set, Equipment item) {
    Set<Equipment> copy = EnumSet.noneOf(Equipment.class);
    copy.addAll(set);
    copy.add(item);
    return copy;
  }

  @Test
  void everyInputChangesTheProgramForSomeProfiles() {
    Map<String, UnaryOperator<TraineeProfile>> inputs = inputs();
    Map<String, Integer> changed = new TreeMap<>();
    inputs.keySet().forEach(k -> changed.put(k, 0));
    theory().forAll(profiles(), options()).check((profile, options) -> {
      Optional<Program> base = TrainingModelProperties.plan(profile, options);
      if (base.isEmpty()) {
        return true;
      }
      inputs.forEach((name, change) -> {
        if (changed.get(name) > 0) {
          // shown to count already: the claim is that some profile exists, so look no further for it
          return;
        }
        Optional<Program> other = TrainingModelProperties.plan(change.apply(profile), options);
        if (other.isPresent() && !trainingContent(other.get()).equals(trainingContent(base.get()))) {
          changed.merge(name, 1, Integer::sum);
        }
      });
      return true;
    });
    assertThat(changed).allSatisfy((name, count) -> assertThat(count).as(name).isPositive());
  }

  /**
   * A limitation, or a piece of equipment, that leaves the training as it would be without it says
   * so in a note; a limitation that changes the training never gets that note.
   */
  @Test
  void aLimitationOrEquipmentThatChangesNothingIsNamedInANote() {
    theory().forAll(profiles(), options()).check((profile, options) -> {
      Optional<Program> program = TrainingModelProperties.plan(profile, options);
      if (program.isEmpty()) {
        return true;
      }
      for (Limitation limitation : profile.limitations()) {
        TraineeProfile without = with(profile).limitations(toggle(profile.limitations(), limitation, Limitation.class)).build();
        Optional<Program> other = TrainingModelProperties.plan(without, options);
        if (other.isPresent() && trainingContent(other.get()).equals(trainingContent(program.get()))
            && !TrainingModelProperties.noted(program.get(), limitation.id().replace('-', ' '))) {
          return false;
        }
        // and only then: a note that the limitation changes nothing is never said of one that does
        String words = limitation.id().replace('-', ' ');
        String idle = Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": none of the exercises";
        boolean saysIdle = program.get().notes().stream().anyMatch(note -> note.startsWith(idle));
        if (saysIdle && (other.isEmpty() || !trainingContent(other.get()).equals(trainingContent(program.get())))) {
          return false;
        }
      }
      for (Equipment item : profile.equipment()) {
        if (item == Equipment.NONE || item == Equipment.MAT) {
          continue;
        }
        TraineeProfile without = with(profile).equipment(toggle(profile.equipment(), item, Equipment.class)).build();
        Optional<Program> other = TrainingModelProperties.plan(without, options);
        if (other.isPresent() && trainingContent(other.get()).equals(trainingContent(program.get()))
            && !TrainingModelProperties.noted(program.get(), "you have a", item.id())) {
          return false;
        }
      }
      return true;
    });
  }
}
