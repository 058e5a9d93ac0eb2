package io.eksform.cli.apply;

import java.util.Optional;

/**
 * Where apply asks before it changes anything: the terminal in real use, lines given in advance in
 * tests. The boundary between eksform and the person at the keyboard, nothing more.
 */
interface Prompt {
  /** Whether there is someone to ask (a terminal); without one, apply -f refuses to guess. */
  boolean interactive();

  /** Shows {@code question} and returns the line typed, or empty when input ended. */
  Optional<String> ask(String question);
}
