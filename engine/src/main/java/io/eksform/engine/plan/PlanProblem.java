package io.eksform.engine.plan;

import io.eksform.engine.lint.Severity;
import java.util.Optional;

/**
 * Something the planner found that the config cannot do against this live state (a public subnet
 * for a Fargate profile, a downgrade), pointing into the config by JSON Pointer. An error-severity
 * problem fails the plan.
 */
public record PlanProblem(
    Severity severity, String message, String configPointer, Optional<String> hint) {}
