package io.glutewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real entry point in a separate JVM: process exit codes and nothing stray on stderr. */
class MainTest {
  @TempDir Path data;

  private record Run(int exitCode, String out, String err) {}

  private Run main(String... args) throws IOException, InterruptedException {
    return java(List.of(), args);
  }

  private Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("XDG_DATA_HOME", data.toString());
    Path out = data.resolve("out.txt");
    Path err = data.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(),
        java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void exitCodesReachTheShellAndLibrariesPrintNothingOnStandardError() throws Exception {
    Run ics = main("plan", "--start", "2025-01-06", "--format", "ics");
    assertThat(ics.exitCode()).isZero();
    assertThat(ics.out()).startsWith("BEGIN:VCALENDAR");
    assertThat(ics.err()).isEmpty();

    // the PDF libraries log through slf4j; a missing binding used to print three warning lines
    Run pdf = main("plan", "--start", "2025-01-06", "-o", data.resolve("plan.pdf").toString());
    assertThat(pdf.exitCode()).isZero();
    assertThat(pdf.err()).isEmpty();

    assertThat(main("plan", "--days", "9").exitCode()).isEqualTo(2);
    assertThat(main("exercise", "nope").exitCode()).isEqualTo(1);
    Run referral = main("plan", "--red-flag", "fever");
    assertThat(referral.exitCode()).isEqualTo(3);
    assertThat(referral.out()).contains("(fever)");
  }

  /**
   * The main job reads no annotation: each annotation type read makes the JVM generate a proxy
   * class, which on a cold JDK 25 costs more than parsing the whole command line (docs/cli.md).
   */
  @Test
  void aPlanInTextReadsNoAnnotation() throws Exception {
    Path classes = data.resolve("classes.log");
    Run plan = java(List.of("-Xlog:class+load=info:file=" + classes), "plan", "--start", "2025-01-06",
        "--level", "intermediate", "--equipment", "mat,band,dumbbell", "--verbose");
    assertThat(plan.exitCode()).isZero();
    List<String> loaded = java.nio.file.Files.readAllLines(classes, StandardCharsets.UTF_8);
    assertThat(loaded).anyMatch(line -> line.contains("io.glutewise.cli.command.PlanCommand "));
    assertThat(loaded).noneMatch(line -> line.contains("$Proxy"));
  }
}
