package io.eksform.engine.run;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.lint.LintReport;
import io.eksform.engine.plan.Plan;
import java.util.Optional;

/**
 * What planning gave: the lint report of the config (a config with errors is not planned), the plan
 * when there is one, and the loaded document (to map plan problems to lines).
 */
public record PlanOutcome(
    LintReport lint, Optional<Plan> plan, Optional<ConfigDocument> document) {}
