package io.eksform.engine.report.lint;

import io.eksform.engine.lint.LintReport;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a lint report in one output format. */
public interface LintRenderer {

  /** Writes {@code report} to {@code out}; lines end with {@code \n} whatever the platform. */
  void render(LintReport report, RenderOptions options, Appendable out) throws IOException;

  /** The whole rendering as a string. */
  default String renderToString(LintReport report, RenderOptions options) {
    StringBuilder out = new StringBuilder();
    try {
      render(report, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
