package io.eksform.engine.validate;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.lint.Diagnostic;
import java.util.List;

/**
 * A check run on each ClusterConfig document after the schema: the seam through which the rule set
 * (Rego policies) adds its findings. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DocumentCheck {
  List<Diagnostic> check(ConfigDocument document);
}
