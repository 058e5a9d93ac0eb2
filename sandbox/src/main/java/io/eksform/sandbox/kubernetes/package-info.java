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
 *
 * <p>Beyond the basic verbs: request bodies in JSON, YAML or Kubernetes protobuf (client-go's typed
 * clients, such as {@code kubectl create}, send protobuf; answers are always JSON); server-side
 * printing ({@code Table}) for {@code kubectl get}; watches over HTTP (a WebSocket upgrade is
 * answered as plain HTTP, and fabric8 then falls back to HTTP); a small OpenAPI v3 document so that
 * {@code kubectl apply} lets the server validate. Unknown fields are never stored: {@code
 * fieldValidation=Strict} refuses them, {@code Warn} (the default) drops them with a {@code
 * Warning} header, {@code Ignore} drops them silently. Server-side apply creates the object or
 * merges the applied configuration into it like a merge patch: fields are not tracked per manager,
 * so a field dropped from the configuration is kept. Strategic merge patch is merge patch without
 * its {@code $} directives, which is exact for metadata.
 *
 * <p>kubectl sends its token only to HTTPS servers; the sandbox's endpoints are plain HTTP, so
 * kubectl needs an HTTPS front (as the tests use) while fabric8 works over either.
 */
package io.eksform.sandbox.kubernetes;
