/**
 * The IRSA service account kind: per {@code namespace/name}, the IAM role bound through the
 * cluster's OIDC provider to this service account (or those its {@code subjectPattern} matches) and
 * the Kubernetes service account annotated with its ARN ({@code iam_service_account}); a role found
 * by its tags under another name or namespace is replaced ({@link
 * io.eksform.engine.resource.serviceaccount.PreviousRoles}); with {@code --prune}, what eksform
 * made for service accounts the config dropped, and the Kubernetes service account of one now
 * {@code roleOnly} ({@code kubernetes_service_account}).
 */
package io.eksform.engine.resource.serviceaccount;
