package io.eksform.engine.policy;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Something that judges one ClusterConfig document: the embedded Rego evaluator, an OPA server or
 * an OPA Wasm bundle. Implementations are prepared once and must be thread-safe.
 */
public interface PolicyBackend {
  /** The findings for {@code input}, the document as JSON. */
  List<Finding> evaluate(JsonNode input);
}
