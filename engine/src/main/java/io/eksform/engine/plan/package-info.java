/**
 * The plan: a {@link io.eksform.engine.plan.Plan} of {@link io.eksform.engine.plan.Change}s, one
 * per {@link io.eksform.engine.plan.ResourceAddress}, computed by the pure {@link
 * io.eksform.engine.plan.Planner} from the desired and the live state. One small planner per kind
 * of resource; reasons explain, actions decide.
 */
package io.eksform.engine.plan;
