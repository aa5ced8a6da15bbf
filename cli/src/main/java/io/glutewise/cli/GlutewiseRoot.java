package io.glutewise.cli;

import io.glutewise.catalog.Catalog;
import io.glutewise.planner.Planner;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

/**
 * What every glutewise command line shares at its root: the name, help and version, the
 * {@code --verbose} switch every command inherits, and the environment, catalog and planner the
 * commands work with.
 *
 * <p>The root is declared in code, not with picocli's annotations, as it is built on every run
 * (see {@link OptionValue} for why). Nothing heavy happens when it is built: the catalog and the
 * planner load on first use, so {@code --help}, {@code --version} and {@code completion} stay
 * fast. {@link GlutewiseCommand} is the root with every command; {@link Launch} builds a root
 * with only the command asked for.
 */
public abstract class GlutewiseRoot {
  private final OptionValue<Boolean> verbose = OptionValue.flag();
  private final CliEnvironment environment;
  private volatile Catalog catalog;
  private volatile Planner planner;

  /** A root in the given environment. */
  protected GlutewiseRoot(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** The environment the commands run in. */
  public CliEnvironment environment() {
    return environment;
  }

  /** Whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose.get();
  }

  /**
   * The picocli command of this root, without subcommands: they are added by the caller.
   *
   * @return a new command whose user object is this root
   */
  protected CommandSpec declare() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this);
    spec.name("glutewise").versionProvider(new ManifestVersion());
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "Glute strengthening against non-specific chronic low back pain and poor posture.",
            "",
            "Screening, periodized plans that adapt to what you did, and the exercises behind them."
                + " glutewise informs; it does not diagnose: see a clinician if you have any warning"
                + " sign (glutewise screen asks about them).")
        .synopsisSubcommandLabel("COMMAND")
        .commandListHeading("%nCommands:%n")
        .exitCodeListHeading(ExitCode.HEADING)
        .exitCodeList(UsageMessageSpec.keyValuesMap(
            ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE, ExitCode.REFERRAL_LINE))
        .footerHeading("%nAlso:%n")
        .footer(
            "  serve      the launcher (./glutewise serve) starts the web adapter instead",
            "",
            "Files: the training log and the saved plan live in $XDG_DATA_HOME/glutewise",
            "(~/.local/share/glutewise when unset).");
    spec.addOption(verbose.option("--verbose").scopeType(ScopeType.INHERIT)
        .description("On a failure, print the full stack trace as well as the message.").build());
    HelpOptions.addTo(spec);
    return spec;
  }

  /** The catalog the commands work from, loaded on first use. */
  public Catalog catalog() {
    Catalog loaded = catalog;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalog;
        if (loaded == null) {
          loaded = Catalog.standard();
          catalog = loaded;
        }
      }
    }
    return loaded;
  }

  /** The planner over {@link #catalog()}, made on first use. */
  public Planner planner() {
    Planner made = planner;
    if (made == null) {
      synchronized (this) {
        made = planner;
        if (made == null) {
          made = new Planner(catalog());
          planner = made;
        }
      }
    }
    return made;
  }

  /**
   * The short notice every output ends with: glutewise informs, it does not diagnose, and when to
   * stop and see a clinician.
   */
  public String clinicianNotice() {
    return planner().clinicianNotice();
  }
}
