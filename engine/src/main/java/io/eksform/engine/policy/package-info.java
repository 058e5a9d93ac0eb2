/**
 * Policy checks: a {@link io.eksform.engine.policy.PolicyBackend} evaluates one document's tree and
 * returns {@link io.eksform.engine.policy.Finding}s (a rule id, a message, a JSON Pointer and a
 * severity); {@link io.eksform.engine.policy.PolicyCheck} turns them into diagnostics at their
 * lines. The embedded backend runs the built-in rule set of the {@code policies} module plus the
 * user's Rego ({@link io.eksform.engine.policy.PolicySources}); the OPA server and Wasm bundle
 * backends answer the same way. Rule metadata comes from the Rego {@code # METADATA} annotations.
 */
package io.eksform.engine.policy;
