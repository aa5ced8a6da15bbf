package io.glutewise.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** One command of glutewise: its name and aliases, and how to make its picocli command line. */
sealed interface Subcommand {
  /** The name the command is called by. */
  String name();

  /** Other names it answers to. */
  List<String> aliases();

  /** A new command line for it, ready to be added to a root. */
  CommandLine create();

  /** Whether {@code word} is its name or one of its aliases. */
  default boolean isCalled(String word) {
    return name().equals(word) || aliases().contains(word);
  }

  /** A command declared with picocli's annotations: its names are read from them. */
  record Annotated(Class<?> type) implements Subcommand {
    @Override
    public String name() {
      return type.getAnnotation(Command.class).name();
    }

    @Override
    public List<String> aliases() {
      return Arrays.asList(type.getAnnotation(Command.class).aliases());
    }

    @Override
    public CommandLine create() {
      return new CommandLine(type);
    }
  }

  /** A command declared in code (see {@link OptionValue} for why), named here as in its spec. */
  record Declared(String name, List<String> aliases, Supplier<CommandSpec> spec) implements Subcommand {
    @Override
    public CommandLine create() {
      return new CommandLine(spec.get());
    }
  }
}
