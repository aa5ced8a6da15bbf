package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.storage.CheckInFile;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.outcome.ActivityRating;
import io.glutewise.core.outcome.CheckIn;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise checkin}: records an outcome check-in, usual pain and up to three activities
 * rated 0-10 (the Patient-Specific Functional Scale); the first one is the baseline.
 */
@Command(
    name = "checkin",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Record how your back is doing: at the start, then every four weeks.",
      "",
      "Name up to three activities your back makes hard and rate each from 0 (cannot do it) to"
          + " 10 (as well as before the problem). Use the same activities every time; glutewise"
          + " progress compares each check-in with the first.",
      "",
      "Examples:",
      "  glutewise checkin --pain 5 --activity \"sitting through a film=4\" --activity \"tying shoes=6\"",
      "  glutewise checkin --pain 3 --activity \"sitting through a film=6\" --activity \"tying shoes=7\""
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE})
public final class CheckInCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Option(names = "--pain", required = true, paramLabel = "N",
      description = "Your usual back pain over the last few days, 0-10.")
  private int pain;

  @Option(names = "--activity", paramLabel = "ACTIVITY=N",
      description = "An activity your back makes hard and how well you can do it, 0-10; up to three.")
  private List<String> activities = new ArrayList<>();

  @Option(names = "--file", paramLabel = "FILE",
      description = "Where check-ins are kept; by default $XDG_DATA_HOME/glutewise/" + CheckInFile.NAME + ".")
  private Path file;

  /** Creates the command; picocli fills in the options. */
  public CheckInCommand() {}

  @Override
  public Integer call() throws IOException {
    OptionChecks.pain(spec, "--pain", pain);
    if (activities.size() > CheckIn.MAX_ACTIVITIES) {
      throw OptionChecks.usage(spec, "--activity is given " + activities.size() + " times; the scale asks about"
          + " at most " + CheckIn.MAX_ACTIVITIES + " activities");
    }
    List<ActivityRating> ratings = new ArrayList<>();
    for (String activity : activities) {
      int equals = activity.lastIndexOf('=');
      String rating = equals < 0 ? "" : activity.substring(equals + 1).trim();
      if (equals <= 0 || !rating.matches("\\d{1,2}") || Integer.parseInt(rating) > 10
          || activity.substring(0, equals).isBlank()) {
        throw OptionChecks.usage(spec, "--activity must be a name and a rating from 0 to 10, such as"
            + " \"tying shoes=6\", not '" + activity + "'");
      }
      ratings.add(ActivityRating.of(activity.substring(0, equals), Integer.parseInt(rating)));
    }
    CheckInFile checkIns = CheckInFile.at(file != null ? file
        : root.environment().dataDirectory().folder().resolve(CheckInFile.NAME));
    CheckIn checkIn;
    try {
      checkIn = CheckIn.builder().date(root.environment().today()).pain(pain).activities(ratings).build();
    } catch (GlutewiseException e) {
      throw OptionChecks.usage(spec, "--activity: " + e.getMessage());
    }
    List<CheckIn> before = checkIns.read();
    checkIns.add(checkIn);
    PrintWriter out = spec.commandLine().getOut();
    String score = checkIn.functionalScore().isPresent()
        ? ", activities " + ProgressCommand.oneDecimal(checkIn.functionalScore().getAsDouble()) + "/10" : "";
    Paragraphs.wrap((before.isEmpty() ? "Recorded your baseline" : "Recorded check-in " + (before.size() + 1))
        + " (" + checkIn.date() + "): pain " + pain + "/10" + score + ". glutewise progress compares it"
        + (before.isEmpty() ? " with later check-ins; the next is due in four weeks." : " with your baseline."), "")
        .forEach(out::println);
    return ExitCode.OK;
  }
}
