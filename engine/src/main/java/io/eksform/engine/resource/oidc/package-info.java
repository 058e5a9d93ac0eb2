/**
 * The IAM OIDC provider kind ({@code oidc_provider}): IRSA service accounts and add-on roles are
 * assumed through it, so it is created when {@code iam.withOIDC} or a service account asks for it,
 * and pruned after the last service account or add-on that used it.
 */
package io.eksform.engine.resource.oidc;
