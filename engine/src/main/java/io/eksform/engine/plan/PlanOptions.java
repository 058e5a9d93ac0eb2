package io.eksform.engine.plan;

/**
 * How to plan: whether live objects that eksform or eksctl created and the config no longer names
 * are deleted ({@code --prune}), and what the plan records about its inputs.
 */
public record PlanOptions(boolean prune, Provenance provenance) {}
