package io.eksform.engine.plan;

/** What a change does to one live object: the closed set apply acts on. */
public enum Action {
  CREATE("create", "+"),
  UPDATE("update", "~"),
  REPLACE("replace", "-/+"),
  DELETE("delete", "-"),
  NO_OP("no-op", " ");

  private final String word;
  private final String symbol;

  Action(String word, String symbol) {
    this.word = word;
    this.symbol = symbol;
  }

  /** The word in JSON and in messages: create, update, replace, delete, no-op. */
  public String word() {
    return word;
  }

  /** Terraform's symbols: {@code +}, {@code ~}, {@code -/+}, {@code -}. */
  public String symbol() {
    return symbol;
  }

  public static Action parse(String word) {
    for (Action a : values()) {
      if (a.word.equals(word)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown plan action '" + word + "'");
  }
}
