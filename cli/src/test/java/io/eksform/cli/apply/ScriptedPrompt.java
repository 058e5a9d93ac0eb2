package io.eksform.cli.apply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A terminal whose answers are given in advance; it keeps the questions it was asked. */
final class ScriptedPrompt implements Prompt {
  private final boolean interactive;
  private final Deque<String> answers;
  final List<String> questions = new ArrayList<>();

  private ScriptedPrompt(boolean interactive, List<String> answers) {
    this.interactive = interactive;
    this.answers = new ArrayDeque<>(answers);
  }

  /** A terminal on which these lines will be typed, then input ends. */
  static ScriptedPrompt typing(String... lines) {
    return new ScriptedPrompt(true, List.of(lines));
  }

  /** No terminal at all (input redirected, as in CI). */
  static ScriptedPrompt none() {
    return new ScriptedPrompt(false, List.of());
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  @Override
  public Optional<String> ask(String question) {
    questions.add(question);
    return Optional.ofNullable(answers.poll());
  }
}
