/**
 * {@code eksform check}: the pull-request check. A branch's changed ClusterConfig files (from
 * {@code io.eksform.engine.git}) are validated with the policies; only findings on them (or on the
 * lines the branch touched) count; each changed file gets an intent plan (or the live plan) and the
 * whole is rendered as text, GitHub annotations, a markdown summary or JSON.
 */
package io.eksform.cli.check;
