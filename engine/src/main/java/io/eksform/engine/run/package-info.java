/**
 * Use cases that string the stages together for a command: {@link io.eksform.engine.run.PlanRun}
 * loads, checks, reads live state and plans.
 */
package io.eksform.engine.run;
