package io.glutewise.cli;

import io.glutewise.catalog.CatalogValidationException;
import io.glutewise.catalog.UnknownExerciseException;
import io.glutewise.cli.storage.IoWords;
import io.glutewise.cli.storage.MalformedLogException;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.json.Echo;
import io.glutewise.core.json.InvalidJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into a message a person can act on: one line naming the command, the
 * problem and where it is, then a hint, on standard error; no stack trace unless
 * {@code --verbose}.
 *
 * <p>Bad usage (picocli's parse errors and the commands' own range checks) exits with
 * {@link ExitCode#USAGE}; everything else with {@link ExitCode#FAILURE}.
 */
final class FailureReport implements IParameterExceptionHandler, IExecutionExceptionHandler {

  /** Makes a command line report failures this way; returns it. */
  static CommandLine install(CommandLine commandLine) {
    FailureReport report = new FailureReport();
    ValueConverters.register(commandLine);
    commandLine.setExecutionStrategy(ListChecks.before(new CommandLine.RunLast()));
    commandLine.setParameterExceptionHandler(report);
    commandLine.setExecutionExceptionHandler(report);
    return commandLine;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    CommandSpec spec = commandLine.getCommandSpec();
    String name = spec.qualifiedName();
    String message = lowerFirst(ex.getMessage());
    if (ex instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) ex;
      List<String> words = unmatched.getUnmatched();
      if (!spec.subcommands().isEmpty() && !words.isEmpty() && !words.get(0).startsWith("-")) {
        message = "unknown command '" + words.get(0) + "'";
      }
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + String.join(" or ", suggestions) + "?";
      }
    }
    PrintWriter err = commandLine.getErr();
    err.println(Echo.message(name + ": " + message + " (see " + name + " --help)"));
    if (verbose(commandLine)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return spec.exitCodeOnInvalidInput();
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    for (String line : describe(ex, name)) {
      err.println(Echo.message(line));
    }
    if (verbose(commandLine)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.FAILURE;
  }

  /** The lines that tell a person what went wrong: the first names the command. */
  static List<String> describe(Throwable ex, String name) {
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return describe(ex.getCause(), name);
    }
    if (ex instanceof MalformedLogException) {
      MalformedLogException log = (MalformedLogException) ex;
      List<String> lines = new java.util.ArrayList<>();
      int count = log.problems().size();
      lines.add(name + ": the training log has " + count + (count == 1 ? " damaged line" : " damaged lines")
          + "; nothing was changed:");
      log.problems().forEach(p -> lines.add("  " + p));
      lines.add("hint: `glutewise log --repair` moves the damaged lines to " + log.problems().get(0).file()
          + ".rejected and keeps the rest, or fix them by hand");
      return lines;
    }
    if (ex instanceof CatalogValidationException) {
      CatalogValidationException catalog = (CatalogValidationException) ex;
      List<String> lines = new java.util.ArrayList<>();
      int count = catalog.problems().size();
      lines.add(name + ": the catalog " + catalog.source() + " has " + count
          + (count == 1 ? " problem:" : " problems:"));
      catalog.problems().forEach(p -> lines.add("  " + p));
      return lines;
    }
    if (ex instanceof UnknownExerciseException) {
      return List.of(name + ": " + ex.getMessage() + " (glutewise exercises lists them all)");
    }
    if (ex instanceof InvalidJsonException) {
      InvalidJsonException json = (InvalidJsonException) ex;
      return List.of(name + ": " + json.source()
          + (json.line() > 0 ? ":" + json.line() + ":" + json.column() : "") + ": " + json.path() + ": "
          + withoutParserInternals(json.problem()));
    }
    if (ex instanceof InvalidValueException) {
      return List.of(name + ": " + ex.getMessage());
    }
    if (ex instanceof GlutewiseException) {
      return List.of(name + ": " + ex.getMessage());
    }
    if (ex instanceof IOException) {
      return List.of(name + ": " + describeIo((IOException) ex));
    }
    if (ex instanceof java.time.DateTimeException) {
      return List.of(name + ": a date falls outside what glutewise can work with; keep dates "
          + io.glutewise.core.json.CalendarWindow.IN_WORDS);
    }
    // the class name would mean nothing to a person; --verbose shows the whole trace
    return List.of(
        name + ": unexpected failure (a bug in glutewise); run again with --verbose and report what it prints");
  }

  /** Drops the parser's notes about its own input source, which mean nothing to a person. */
  static String withoutParserInternals(String problem) {
    return problem
        .replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
        .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "")
        .replaceAll("\\s*\\[Source: [^\\]]*\\]", "");
  }

  private static String describeIo(IOException ex) {
    if (IoWords.isDiskFull(ex)) {
      String file = ex instanceof FileSystemException ? ((FileSystemException) ex).getFile() : null;
      return "the disk is full" + (file == null ? "" : " (writing " + file + ")") + "; nothing was changed";
    }
    if (ex instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) ex).getFile();
    }
    if (ex instanceof AccessDeniedException) {
      return "permission denied: " + ((AccessDeniedException) ex).getFile();
    }
    if (ex instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) ex;
      return "cannot use " + fs.getFile() + ": " + IoWords.of(fs);
    }
    return "input/output failure: " + IoWords.of(ex);
  }

  private static boolean verbose(CommandLine commandLine) {
    Object root = commandLine.getCommandSpec().root().userObject();
    return root instanceof GlutewiseRoot && ((GlutewiseRoot) root).verbose();
  }

  private static String lowerFirst(String message) {
    if (message == null || message.isEmpty()) {
      return "bad usage";
    }
    if (message.length() > 1 && Character.isUpperCase(message.charAt(1))) {
      return message; // an acronym, such as "JSON ..."
    }
    return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
