/**
 * The sandbox: a local AWS account (EKS, EC2, IAM, STS, DynamoDB and a Kubernetes API per cluster)
 * over real HTTP for the real AWS clients. {@code Sandbox} runs one, {@code SandboxOptions} says
 * how, and {@code ManualClock} lets tests move time so lifecycles (CREATING, ACTIVE, DELETING)
 * advance on cue.
 */
package io.eksform.sandbox;
