package io.glutewise.cli.command;

import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.screening.Emergency;
import io.glutewise.planner.screening.ScreeningResult;
import io.glutewise.planner.screening.WeakGluteScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise screen}: the red-flag questions and the weak-glute checklist, asked on a
 * terminal or answered with options, and what the answers mean.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ask the warning-sign questions and the weak-glute checklist.",
      "",
      "Any warning sign means: see a clinician before any exercise program. The checklist of"
          + " signs of weak glutes is scored to explain the emphasis of a plan; it is not a"
          + " diagnosis.",
      "",
      "On a terminal, with no answers given, it asks the questions one by one. Otherwise give"
          + " the answers as options:",
      "  glutewise screen --no-red-flags --sign glutes-not-felt --sign sits-most-of-day",
      "  glutewise screen --red-flag leg-numbness"
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:no red flag: exercise is reasonable to start",
      ExitCode.FAILURE_LINE,
      ExitCode.USAGE_LINE,
      ExitCode.REFERRAL_LINE
    })
public final class ScreenCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Option(
      names = "--red-flag",
      paramLabel = "FLAG",
      converter = Vocabulary.RedFlagConverter.class,
      completionCandidates = Vocabulary.RedFlagIds.class,
      description = {"A warning sign that applies; repeat for each: ${COMPLETION-CANDIDATES}."})
  private List<RedFlag> redFlags = new ArrayList<>();

  @Option(names = "--no-red-flags", description = "None of the warning signs applies.")
  private boolean noRedFlags;

  @Option(
      names = "--sign",
      paramLabel = "SIGN",
      converter = Vocabulary.WeakGluteSignConverter.class,
      completionCandidates = Vocabulary.WeakGluteSignIds.class,
      description = {"A sign of weak glutes that applies; repeat for each: ${COMPLETION-CANDIDATES}."})
  private List<WeakGluteSign> signs = new ArrayList<>();

  @Option(names = "--json", description = "Print the screening result as JSON.")
  private boolean json;

  /** Creates the command; picocli fills in the options. */
  public ScreenCommand() {}

  @Override
  public Integer call() throws IOException {
    if (noRedFlags && !redFlags.isEmpty()) {
      throw OptionChecks.usage(spec, "--no-red-flags and --red-flag exclude each other");
    }
    boolean answered = noRedFlags || !redFlags.isEmpty();
    Optional<BufferedReader> terminal = root.environment().terminal();
    Set<RedFlag> flags = new LinkedHashSet<>(redFlags);
    Set<WeakGluteSign> ticked = new LinkedHashSet<>(signs);
    if (!answered) {
      if (terminal.isEmpty() || !signs.isEmpty()) {
        throw OptionChecks.usage(spec,
            "say whether any warning sign applies: --red-flag ID for each one, or --no-red-flags"
                + (terminal.isEmpty() ? " (or run it on a terminal to be asked)" : ""));
      }
      ask(terminal.get(), flags, ticked);
    }
    boolean emergency = flags.stream().anyMatch(Emergency::isEmergency);
    TraineeProfile profile = TraineeProfile.builder().redFlags(flags).weakGluteSigns(ticked).build();
    ScreeningResult result = root.planner().screen(profile);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(GlutewiseJson.write(result));
    } else if (emergency) {
      printEmergency(out, result);
    } else {
      print(out, result);
    }
    return result.isReferral() ? ExitCode.REFERRAL : ExitCode.OK;
  }

  private void ask(BufferedReader in, Set<RedFlag> flags, Set<WeakGluteSign> ticked) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Warning signs. Answer y (yes) or n (no).");
    for (Map.Entry<RedFlag, String> question : redFlagQuestions().entrySet()) {
      if (yes(in, out, question.getValue())) {
        flags.add(question.getKey());
        if (Emergency.isEmergency(question.getKey())) {
          // nothing else matters until this is seen to: no more questions
          out.println();
          return;
        }
      }
    }
    out.println();
    out.println("Signs of weak glutes. Answer y if it applies to you, n if not.");
    for (Map.Entry<WeakGluteSign, String> item : checklist().entrySet()) {
      if (yes(in, out, item.getValue())) {
        ticked.add(item.getKey());
      }
    }
    out.println();
  }

  private boolean yes(BufferedReader in, PrintWriter out, String question) throws IOException {
    List<String> lines = Paragraphs.wrap(question + " [y/n]", width(), "", "");
    while (true) {
      for (int i = 0; i < lines.size() - 1; i++) {
        out.println(lines.get(i));
      }
      out.print(lines.get(lines.size() - 1) + " ");
      out.flush();
      String answer = in.readLine();
      if (answer == null) {
        throw OptionChecks.usage(spec, "the questions were left unanswered (input ended)");
      }
      String a = answer.trim().toLowerCase(Locale.ROOT);
      if (a.equals("y") || a.equals("yes")) {
        return true;
      }
      if (a.equals("n") || a.equals("no")) {
        return false;
      }
      out.println("Please answer y or n.");
    }
  }

  /** The terminal's width from {@code $COLUMNS}, as shells set it; 80 when unknown. */
  private int width() {
    return root.environment().variable("COLUMNS")
        .filter(c -> c.matches("\\d{2,3}"))
        .map(Integer::parseInt)
        .map(c -> Math.max(40, Math.min(c, 120)))
        .orElse(Paragraphs.WIDTH);
  }

  /** An emergency answer: what to do now comes first, then what was reported, nothing else. */
  private void printEmergency(PrintWriter out, ScreeningResult result) {
    out.println("GET MEDICAL HELP TODAY");
    Paragraphs.wrap(Emergency.whatToDoNow(), width(), "", "").forEach(out::println);
    out.println();
    out.println("You reported:");
    for (RedFlag flag : result.redFlags()) {
      Paragraphs.wrap(flag.plainWords() + " (" + flag.id() + ")", width(), "  - ", "    ")
          .forEach(out::println);
    }
    out.println();
    Paragraphs.wrap("The other questions can wait until a clinician has seen you. glutewise gives no"
        + " program while a warning sign is open.", width(), "", "").forEach(out::println);
    out.println();
    Paragraphs.wrap(root.clinicianNotice(), width(), "", "").forEach(out::println);
  }

  private Map<RedFlag, String> redFlagQuestions() {
    Map<RedFlag, String> questions = new LinkedHashMap<>();
    root.catalog().redFlagQuestions().forEach(q -> questions.put(q.flag(), q.question()));
    return questions;
  }

  private Map<WeakGluteSign, String> checklist() {
    Map<WeakGluteSign, String> items = new LinkedHashMap<>();
    root.catalog().guidance().map(Guidance::weakGluteChecklist).orElse(List.of())
        .forEach(i -> items.put(i.sign(), i.statement()));
    for (WeakGluteSign sign : WeakGluteSign.values()) {
      items.putIfAbsent(sign, sign.id().replace('-', ' ') + "?");
    }
    return items;
  }

  private void print(PrintWriter out, ScreeningResult result) {
    if (result.isReferral()) {
      out.println("SEE A CLINICIAN BEFORE STARTING");
      Paragraphs.wrap(result.referral().orElseThrow().message(), "").forEach(out::println);
      out.println();
      out.println("You reported:");
      for (RedFlag flag : result.redFlags()) {
        Paragraphs.wrap(flag.plainWords() + " (" + flag.id() + ")", Paragraphs.WIDTH, "  - ", "    ")
            .forEach(out::println);
      }
      out.println();
      out.println("glutewise gives no program while a warning sign is open.");
    } else {
      out.println("Warning signs: none reported.");
    }
    WeakGluteScore score = result.weakGlutes();
    out.println();
    out.println("Weak-glute checklist: " + score.score() + " of " + score.outOf() + " signs ("
        + score.band().id() + ")");
    Map<WeakGluteSign, String> statements = checklist();
    for (WeakGluteSign sign : score.signs()) {
      Paragraphs.wrap(statements.get(sign) + " (" + sign.id() + ")", Paragraphs.WIDTH, "  - ", "    ")
          .forEach(out::println);
    }
    Paragraphs.wrap("What it means: " + score.emphasis(), "").forEach(out::println);
    out.println();
    Paragraphs.wrap(root.clinicianNotice(), "").forEach(out::println);
  }
}
