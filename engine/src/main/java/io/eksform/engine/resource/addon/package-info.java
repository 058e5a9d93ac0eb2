/**
 * The EKS add-on kind: add-ons ({@code addon}: version, service account role, configuration values
 * and tags in place; a lower version or a failed add-on replaced, destroy first) and the IRSA role
 * eksform makes for one that gives policies instead of a role ({@code addon_role}), deleted with
 * the add-on or, with {@code --prune}, once the add-on uses another role.
 */
package io.eksform.engine.resource.addon;
