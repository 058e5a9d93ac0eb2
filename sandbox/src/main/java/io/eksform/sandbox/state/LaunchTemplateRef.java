package io.eksform.sandbox.state;

/** The launch template a managed node group was created with, as EKS reports it. */
public record LaunchTemplateRef(String id, String name, String version) {}
