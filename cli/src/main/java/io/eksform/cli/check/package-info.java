/**
 * {@code eksform check}: the pull-request check. A branch's changed ClusterConfig files (from
 * {@code io.eksform.engine.git}), limited by the {@code PATH} arguments ({@link
 * io.eksform.cli.check.PathFilter}), are validated with the policies from their committed text (the
 * {@link io.eksform.cli.check.HeadTree}); only findings on them (or on the lines the branch
 * touched) count; each changed file gets an intent plan (or the live plan) and the whole is
 * rendered as text, GitHub annotations, a markdown summary or JSON ({@code check.v1.schema.json}).
 */
package io.eksform.cli.check;
