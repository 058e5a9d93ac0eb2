/**
 * Resource kinds: a {@link io.eksform.engine.resource.ResourceKind} is everything eksform knows of
 * one kind of object (its address types, how it is planned and pruned, how its replacements run,
 * the apply steps of its changes), and each kind lives in a package of its own below this one,
 * using the shared machinery of {@code plan}, {@code apply} and {@code live} and no other kind.
 */
package io.eksform.engine.resource;
