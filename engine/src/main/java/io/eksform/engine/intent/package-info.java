/**
 * Offline "intent plans": what the author of a change asks of the cluster, computed without AWS by
 * planning the head version of a config against the state that applying its base version would
 * leave ({@link io.eksform.engine.intent.AppliedState}, with placeholders such as account {@code
 * 000000000000} for what only AWS knows). An {@link io.eksform.engine.intent.IntentPlan} says it is
 * one, so that nobody mistakes it for a plan against the live account.
 */
package io.eksform.engine.intent;
