/**
 * The plan: a {@link io.eksform.engine.plan.Plan} of {@link io.eksform.engine.plan.Change}s, one
 * per {@link io.eksform.engine.plan.ResourceAddress}, and the planning machinery every resource
 * kind shares; the kinds themselves live in {@code resource}, and the {@code Planner} of {@code
 * kinds} runs them. Kinds read and add to a {@link io.eksform.engine.plan.PlanContext}; reasons
 * explain, actions decide. A replace carries its {@link io.eksform.engine.plan.Replacement}: the
 * {@link io.eksform.engine.plan.ReplaceStrategy} chosen (create-before-destroy where an object can
 * exist twice under another name, destroy-before-create where its name is fixed) and, for a Fargate
 * profile, the namespaces that briefly lose Fargate scheduling; {@link
 * io.eksform.engine.plan.Replacements} asks each kind for it, and apply carries out exactly that.
 * Where a replacement left more than one live object standing for one config object, {@link
 * io.eksform.engine.plan.StandIns} plans one of them and deletes the others. A plan's {@link
 * io.eksform.engine.plan.Provenance} holds the {@link io.eksform.engine.plan.ConfigFingerprint} of
 * the config as parsed. What eksform created and the config no longer wants is deleted with {@code
 * --prune}, each after what used it, and listed without it; {@link io.eksform.engine.plan.Pruning}
 * words both. {@link io.eksform.engine.plan.FieldAccounting} accounts for every field of the config
 * once the kinds have planned.
 */
package io.eksform.engine.plan;
