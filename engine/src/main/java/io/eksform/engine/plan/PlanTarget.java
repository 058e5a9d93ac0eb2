package io.eksform.engine.plan;

/** The cluster a plan is for: its name, region and AWS account. */
public record PlanTarget(String cluster, String region, String accountId) {}
