/**
 * The account the sandbox serves: immutable records for every resource (clusters, Fargate profiles,
 * node groups, add-ons, updates, VPC pieces, launch templates, IAM roles, policies and OIDC
 * providers), the {@code Account} that holds them, the lazily computed lifecycles ({@code
 * Lifecycle}, {@code Durations}) and the JSON state file. A {@code Phase} is the stored part of a
 * status; the visible status is computed from the phase, the time the transition started and the
 * clock.
 */
package io.eksform.sandbox.state;
