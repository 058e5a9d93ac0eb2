package io.eksform.engine.ledger;

/** What a plan does with one field of a ClusterConfig: the closed set of the field ledger. */
public enum Disposition {
  /** Diffed against the live object and applied, in place or by a replacement. */
  PLANNED("planned", "diffed and applied"),
  /** Used when its object is created; a later change is a plan error naming the field. */
  CREATE_ONLY("create-only", "used when the object is created; a later change is refused"),
  /** Read and checked, with no effect on AWS. */
  VALIDATED_ONLY("validated-only", "validated only: no effect on AWS"),
  /** Not acted on by this version of eksform. */
  NOT_MANAGED("not-managed", "not managed by eksform yet");

  private final String word;
  private final String meaning;

  Disposition(String word, String meaning) {
    this.word = word;
    this.meaning = meaning;
  }

  /** The word in the ledger file, in JSON and in tables: planned, create-only... */
  public String word() {
    return word;
  }

  /** What the disposition means, in a few words. */
  public String meaning() {
    return meaning;
  }

  /** The disposition a word names. */
  public static Disposition parse(String word) {
    for (Disposition d : values()) {
      if (d.word.equals(word)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown disposition '"
            + word
            + "': use one of planned, create-only, validated-only, not-managed");
  }
}
