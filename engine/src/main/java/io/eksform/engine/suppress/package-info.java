/**
 * Suppressions and baselines: an {@link io.eksform.engine.suppress.InlineIgnore} is an {@code #
 * eksform:ignore RULE-ID reason [until=YYYY-MM-DD]} comment; a {@link
 * io.eksform.engine.suppress.Baseline} is the set of findings a team accepted when adopting
 * eksform; the {@link io.eksform.engine.suppress.Suppressor} moves the findings they cover out of
 * the counted ones (they stay visible) and reports expired, unjustified and unused suppressions.
 */
package io.eksform.engine.suppress;
