package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.suitability.Suitability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plan's notes about its inputs: warnings about the schedule and the pain, what some
 * limitations ask of the trainee, and every input that changes nothing because the catalog has
 * nothing for it to change.
 */
final class InputNotes {
  private InputNotes() {}

  static List<String> of(Catalog catalog, TraineeProfile profile, ExercisePicker picker) {
    List<String> notes = new ArrayList<>();
    if (profile.daysPerWeek() < 2) {
      notes.add("One day a week is less than the two or more days of strengthening that guidelines ask for "
          + "(ACSM 2009, WHO 2020); a second short day would do more than one longer session.");
    }
    if (profile.daysPerWeek() == 6 && profile.level() == ExperienceLevel.BEGINNER) {
      notes.add("Six days a week is a lot for a beginner: 2-3 days are advised for people new to strength "
          + "training (ACSM 2009). The plan spreads its sets thinly over the six days; three days would "
          + "leave more time to recover.");
    }
    if (profile.currentPain() >= 7) {
      notes.add("Your pain now is " + profile.currentPain() + "/10. The plan keeps to the smallest dose of "
          + "each phase, stays with the easiest exercises your level starts from, and keeps weights as you "
          + "find them. If the pain does not ease within a few days, "
          + "or came with any warning sign, see a clinician before you train.");
    }
    if (profile.limitations().contains(Limitation.PREGNANCY)) {
      notes.add("Pregnancy: the plan avoids long spells lying on your back, keeps weights as you find them and "
          + "stays with the exercises your level starts from. Stop "
          + "and get care straight away for bleeding from the vagina, regular painful contractions, leaking "
          + "fluid, breathlessness before you start, dizziness, headache, chest pain, weakness that upsets "
          + "your balance, or pain or swelling in a calf.");
    }
    if (profile.limitations().contains(Limitation.OSTEOPOROSIS)) {
      notes.add("Osteoporosis: the plan leaves out loaded bending and twisting of the spine; bend at the hips "
          + "with a long back. A fall or even a small injury with osteoporosis is a reason to see a clinician "
          + "before training.");
    }
    if (!profile.dumbbellsKg().isEmpty() && !profile.has(Equipment.DUMBBELL)) {
      notes.add("Dumbbell weights were given without dumbbells among the equipment; they change nothing.");
    }
    if (!profile.kettlebellsKg().isEmpty() && !profile.has(Equipment.KETTLEBELL)) {
      notes.add("Kettlebell weights were given without a kettlebell among the equipment; they change nothing.");
    }
    Set<Goal> goals = profile.goals();
    if (goals.contains(Goal.PAIN_RELIEF) && (goals.contains(Goal.STRENGTH) || goals.contains(Goal.SHAPE))) {
      notes.add("Pain relief comes first: with it among your goals, each phase keeps to the lower half of "
          + "its sets even though strength or shape is a goal too.");
    }
    return notes;
  }

  /** The note for a limitation that leaves the plan as it would be without it. */
  static String idle(Limitation limitation) {
    return capitalised(words(limitation)) + ": none of the exercises this plan chose for you conflicts with it "
        + "in this catalog, so it changes nothing here. Leave out any exercise that brings it on.";
  }

  /**
   * Whether some exercise that suits the trainee {@code without} one of their limitations is ruled
   * out for the trainee with it.
   */
  static boolean rulesOutAnything(Catalog catalog, TraineeProfile profile, TraineeProfile without) {
    Suitability withIt = Suitability.of(profile);
    Suitability withoutIt = Suitability.of(without);
    for (Exercise exercise : catalog.exercises()) {
      if (withoutIt.test(exercise) && !withIt.test(exercise)) {
        return true;
      }
    }
    return false;
  }

  /** Notes for equipment the plan never uses, saying why. */
  static List<String> unusedEquipment(Catalog catalog, TraineeProfile profile, ExercisePicker picker, Set<Equipment> used) {
    List<String> notes = new ArrayList<>();
    for (Equipment item : profile.equipment()) {
      if (item == Equipment.NONE || item == Equipment.MAT || used.contains(item)) {
        continue;
      }
      notes.add(used(catalog, picker, item)
          ? "You have " + article(item) + "; the exercises this plan chose for your level and phases do not "
              + "need it, so it changes nothing here."
          : "You have " + article(item) + ", but no exercise suited to you in this catalog uses one, so it "
              + "changes nothing here.");
    }
    return notes;
  }

  private static boolean used(Catalog catalog, ExercisePicker picker, Equipment item) {
    return catalog.exercises().stream().anyMatch(e -> e.equipment().contains(item) && picker.plannable(e));
  }

  private static String words(Limitation limitation) {
    return limitation.id().replace('-', ' ');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String article(Equipment item) {
    String name = item.id();
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }
}
