package io.eksform.engine.report.plan;

/**
 * What the caller decides about a plan rendering: ANSI colour for the text format (the CLI turns it
 * on for a terminal without {@code NO_COLOR}), and the most characters the markdown format may
 * print (GitHub refuses comments longer than 65,536).
 */
public record PlanRenderOptions(boolean colour, int markdownLimit) {
  /** GitHub's limit on the body of a pull-request comment. */
  public static final int GITHUB_COMMENT_LIMIT = 65_536;

  public PlanRenderOptions {
    if (markdownLimit < 1_000) {
      throw new IllegalArgumentException(
          "markdownLimit must be at least 1000, not " + markdownLimit);
    }
  }

  /** No colour, GitHub's comment limit. */
  public static PlanRenderOptions plain() {
    return new PlanRenderOptions(false, GITHUB_COMMENT_LIMIT);
  }

  public PlanRenderOptions withColour(boolean on) {
    return new PlanRenderOptions(on, markdownLimit);
  }

  public PlanRenderOptions withMarkdownLimit(int characters) {
    return new PlanRenderOptions(colour, characters);
  }
}
