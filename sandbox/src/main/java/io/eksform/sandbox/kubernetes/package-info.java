/**
 * The Kubernetes API server each sandbox cluster exposes at its endpoint.
 *
 * <p>Nouns: a <em>cluster</em> is one EKS cluster's object store ({@link
 * io.eksform.sandbox.kubernetes.ClusterObjects}); a <em>kind</em> is one of the two resource types
 * served, core/v1 {@code Namespace} and {@code ServiceAccount}; an <em>object</em> is the JSON
 * document Kubernetes would return, metadata included; a <em>route</em> is a request path resolved
 * to a kind, a namespace and a name; a <em>Status</em> is Kubernetes' error document, raised here
 * as an {@link io.eksform.sandbox.kubernetes.ApiException}.
 *
 * <p>Authentication: every request except the public {@code /version}, {@code /healthz}, {@code
 * /livez} and {@code /readyz} without credentials must carry {@code Authorization: Bearer
 * k8s-aws-v1.<base64url>}, the EKS token format; the decoded text must be an http(s) URL whose
 * query is a presigned STS {@code GetCallerIdentity} call ({@code Action=GetCallerIdentity} and the
 * SigV4 query parameters). The signature is not checked, as the sandbox checks no AWS signature.
 * Anything else is answered with a 401 {@code Unauthorized} Status.
 *
 * <p>Namespace deletion is immediate: the DELETE response carries the namespace in phase {@code
 * Terminating} with a {@code deletionTimestamp}, as Kubernetes answers, but the namespace and its
 * service accounts are gone from the next read on, since the sandbox runs no namespace controller.
 * Creating a namespace creates its {@code default} service account at once, which Kubernetes'
 * service account controller does a moment later.
 */
package io.eksform.sandbox.kubernetes;
