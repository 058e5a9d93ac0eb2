/**
 * The registry of resource kinds ({@link io.eksform.engine.kinds.Kinds}) and what iterates it: the
 * {@link io.eksform.engine.kinds.Planner}, which plans every kind in the registry's order, and the
 * {@link io.eksform.engine.kinds.Applier}, which carries out each change with the steps of its
 * kind. The only package that knows every kind.
 */
package io.eksform.engine.kinds;
