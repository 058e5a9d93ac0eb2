package io.eksform.engine.plan;

/** How a change that forces replacement is carried out. */
public enum ReplaceStrategy {
  /** Create the new object under a suffixed name first, then delete the old one. */
  CREATE_BEFORE_DESTROY("create-before-destroy"),
  /** Delete the old object first, then create the new one under the same name. */
  DESTROY_BEFORE_CREATE("destroy-before-create");

  private final String word;

  ReplaceStrategy(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static ReplaceStrategy parse(String text) {
    for (ReplaceStrategy s : values()) {
      if (s.word.equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown replace strategy '"
            + text
            + "': use create-before-destroy or destroy-before-create");
  }
}
