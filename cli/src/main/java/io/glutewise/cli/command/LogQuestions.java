package io.glutewise.cli.command;

import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.DateWords;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions {@code glutewise log} asks on a terminal: one per exercise of the main block, where
 * Enter accepts the prescription, then pain before the session, the next morning and notes.
 *
 * <p>A wrong answer is explained and asked again; the end of the input (Ctrl-D, or a pipe that
 * runs dry) leaves the remaining answers at their defaults, so piped answers work as typed ones.
 */
final class LogQuestions {
  /** What was answered. */
  record Answers(
      List<ExerciseLog> exercises,
      Optional<Integer> painBefore,
      Optional<Integer> painNextMorning,
      Optional<String> notes) {}

  private final BufferedReader in;
  private final PrintWriter out;
  private final boolean echo;
  private boolean ended;

  /**
   * @param echo whether to repeat each answer after its prompt, so that answers piped in read
   *     like a typed conversation (a terminal shows what was typed by itself)
   */
  LogQuestions(BufferedReader in, PrintWriter out, boolean echo) {
    this.in = in;
    this.out = out;
    this.echo = echo;
  }

  /** Asks about every main-block exercise of the session, then about pain and notes. */
  Answers ask(Session session) throws IOException {
    out.println("Logging " + session.id() + " (" + DateWords.inFull(session.date()) + "), "
        + session.main().size() + " exercises.");
    Paragraphs.wrap("For each exercise press Enter if you did it as shown, or type the repetitions of"
        + " each set (12,12,10), a load (@5kg), pain during it (:pain=3), or s to skip it.", "")
        .forEach(out::println);
    List<ExerciseLog> done = new ArrayList<>();
    int number = 0;
    for (Prescription prescription : session.main()) {
      number++;
      String prompt = number + "/" + session.main().size() + " " + prescription.exerciseId() + ": "
          + NextCommand.describe(prescription.dose()) + " [Enter: " + AsPrescribed.setsText(prescription.dose()) + "] ";
      done.add(askExercise(prescription, prompt));
    }
    Optional<Integer> before = askPain("Back pain before the session, 0-10 [Enter: leave out] ");
    Optional<Integer> morning = askPain("Back pain the next morning, 0-10 [Enter: add it tomorrow"
        + " with glutewise log --morning N] ");
    prompt("Notes [Enter: none]");
    Optional<String> notes = line().filter(n -> !n.isBlank());
    return new Answers(done, before, morning, notes);
  }

  private ExerciseLog askExercise(Prescription prescription, String prompt) throws IOException {
    while (true) {
      prompt(prompt);
      Optional<String> typed = line();
      try {
        return AsPrescribed.answer(prescription, typed.orElse(""));
      } catch (GlutewiseException e) {
        out.println("  That does not read: " + e.getMessage() + ". Try again.");
      }
    }
  }

  private Optional<Integer> askPain(String prompt) throws IOException {
    while (true) {
      prompt(prompt);
      Optional<String> typed = line().map(String::trim).filter(t -> !t.isEmpty());
      if (typed.isEmpty()) {
        return Optional.empty();
      }
      if (typed.get().matches("\\d{1,2}") && Integer.parseInt(typed.get()) <= 10) {
        return Optional.of(Integer.parseInt(typed.get()));
      }
      out.println("  Pain is a whole number from 0 (none) to 10 (the worst imaginable), not '" + typed.get()
          + "'. Try again.");
    }
  }

  /**
   * Prints a question, wrapped to the terminal's width: the answer is typed after its last line,
   * which keeps the trailing space.
   */
  private void prompt(String text) {
    String question = text.strip();
    // the "[Enter: ...]" default is never split over two lines
    int bracket = question.lastIndexOf('[');
    String unbroken = bracket < 0 ? question
        : question.substring(0, bracket) + question.substring(bracket).replace(' ', '\u0000');
    List<String> lines = Paragraphs.wrap(unbroken, Paragraphs.WIDTH - 1, "", "    ").stream()
        .map(line -> line.replace('\u0000', ' ')).toList();
    for (int i = 0; i < lines.size() - 1; i++) {
      out.println(lines.get(i));
    }
    out.print(lines.get(lines.size() - 1) + " ");
    out.flush();
  }

  /** The next line typed, or empty at the end of the input. */
  private Optional<String> line() throws IOException {
    if (ended) {
      if (echo) {
        // answered by the end of the input: the next question starts on a line of its own
        out.println();
      }
      return Optional.empty();
    }
    String line = in.readLine();
    if (line == null) {
      ended = true;
    }
    if (echo) {
      out.println(line == null ? "" : line);
    }
    return Optional.ofNullable(line);
  }
}
