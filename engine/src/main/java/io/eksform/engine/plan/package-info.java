/**
 * The plan: a {@link io.eksform.engine.plan.Plan} of {@link io.eksform.engine.plan.Change}s, one
 * per {@link io.eksform.engine.plan.ResourceAddress}, computed by the pure {@link
 * io.eksform.engine.kinds.Planner} from the desired and the live state. One small planner per kind
 * of resource; reasons explain, actions decide. A replace carries its {@link
 * io.eksform.engine.plan.Replacement}: the {@link io.eksform.engine.plan.ReplaceStrategy} chosen
 * (create-before-destroy where an object can exist twice under another name, destroy-before-create
 * where its name is fixed) and, for a Fargate profile, the namespaces that briefly lose Fargate
 * scheduling; apply carries out exactly that. Where a replacement left more than one live object
 * standing for one config object, {@link io.eksform.engine.plan.StandIns} plans one of them and
 * deletes the others. A plan's {@link io.eksform.engine.plan.Provenance} holds the {@link
 * io.eksform.engine.plan.ConfigFingerprint} of the config as parsed. After the resource planners,
 * the <em>pruners</em> take what eksform created and the config no longer wants (IRSA service
 * accounts, the namespaces they emptied, the node and pod execution roles, the OIDC provider):
 * deleted with {@code --prune}, each after what used it, listed without it; {@link
 * io.eksform.engine.plan.Pruning} words both.
 */
package io.eksform.engine.plan;
