/**
 * Apply: carries out a {@link io.eksform.engine.plan.Plan} against the live account. A
 * <em>step</em> is one AWS or Kubernetes concern of one change (a role, a profile, a service
 * account); each resource kind gives the steps of its changes, and this package holds the ones
 * several kinds share (roles, creates and deletes that wait) and what steps work with ({@link
 * io.eksform.engine.apply.StepContext}, {@link io.eksform.engine.apply.EksWaits}). The
 * <em>runner</em> ({@link io.eksform.engine.apply.Runner}) orders the changes by their {@code
 * dependsOn}, runs independent branches in parallel and serialises Fargate profile creates and
 * deletes per cluster; every step reports {@link io.eksform.engine.apply.ApplyEvent events} to a
 * sink; a replacement follows the strategy its plan records, never a setting of the apply; a
 * <em>stale</em> plan (live objects, config or policies changed since it was made) is refused
 * before anything changes.
 */
package io.eksform.engine.apply;
