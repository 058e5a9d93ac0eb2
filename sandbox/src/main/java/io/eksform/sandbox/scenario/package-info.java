/**
 * Scenarios seed an account: {@code empty}, {@code eksworkshop} and any YAML scenario file. A
 * {@code ScenarioSpec} binds the YAML as written; {@code ScenarioLoader} turns it into account
 * records (VPCs with public and private subnets, clusters, IAM roles, policies, OIDC providers).
 */
package io.eksform.sandbox.scenario;
