package io.eksform.cli;

/** Entry point of the eksform command line; the only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(EksformCommand.run(args));
  }
}
