/**
 * Scenarios seed an account: the built-in {@code empty} (nothing but AWS's default VPC in its
 * region, seeded by {@code DefaultVpcSeeder}), {@code eksworkshop}, {@code eksworkshop-eksctl-done}
 * and {@code eksctl-created}, and any YAML scenario file. A {@code ScenarioSpec} binds the YAML as
 * written; {@code ScenarioLoader} turns it into account records with one seeder per service
 * (network, IAM, launch templates, EKS) and returns a {@code Scenario}: the account plus the {@code
 * KubernetesSeed}s the sandbox puts in its clusters' Kubernetes APIs. {@code EksctlConventions}
 * holds the names and tags eksctl gives what it creates, which the two eksctl scenarios follow.
 */
package io.eksform.sandbox.scenario;
