package io.eksform.cli.apply;

import java.io.Console;
import java.util.Optional;

/** The real prompt: the process's terminal, when it has one. */
final class ConsolePrompt implements Prompt {
  private final Console console;

  private ConsolePrompt(Console console) {
    this.console = console;
  }

  /** The terminal of this process ({@code System.console()}), absent when input is redirected. */
  static Prompt system() {
    return new ConsolePrompt(System.console());
  }

  @Override
  public boolean interactive() {
    return console != null;
  }

  @Override
  public Optional<String> ask(String question) {
    return interactive() ? Optional.ofNullable(console.readLine("%s", question)) : Optional.empty();
  }
}
