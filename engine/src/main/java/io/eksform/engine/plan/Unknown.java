package io.eksform.engine.plan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A value a plan cannot know before apply: the id of an object an earlier change of the same plan
 * creates (a new VPC's subnets, a new cluster's OIDC issuer). The plan shows it as {@link #TEXT};
 * the step that needs it finds the object at run time, by the ownership tags its creator gave it.
 */
public final class Unknown {
  /** How the plan shows such a value, in every format. */
  public static final String TEXT = "(known after apply)";

  private Unknown() {}

  /** The JSON value that stands for an unknown. */
  public static JsonNode node() {
    return JsonNodeFactory.instance.stringNode(TEXT);
  }

  /** True when {@code value} stands for an unknown. */
  public static boolean is(JsonNode value) {
    return value != null && value.isString() && value.asString().equals(TEXT);
  }
}
