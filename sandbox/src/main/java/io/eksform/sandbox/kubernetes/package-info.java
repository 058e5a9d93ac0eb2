/**
 * The Kubernetes API server each sandbox cluster exposes at its endpoint.
 *
 * <p>Nouns: a <em>cluster</em> is one EKS cluster's object store ({@link
 * io.eksform.sandbox.kubernetes.ClusterObjects}); a <em>kind</em> is one of the resource types
 * served, core/v1 {@code Namespace}, {@code Pod} and {@code ServiceAccount}; an <em>object</em> is
 * the JSON document Kubernetes would return, metadata included; a <em>route</em> is a request path
 * resolved to a kind, a namespace and a name; a <em>Status</em> is Kubernetes' error document,
 * raised here as an {@link io.eksform.sandbox.kubernetes.ApiException}.
 *
 * <p>Authentication: every request except the public {@code /version}, {@code /healthz}, {@code
 * /livez} and {@code /readyz} without credentials must carry {@code Authorization: Bearer
 * k8s-aws-v1.<base64url>}, the EKS token format; the decoded text must be an http(s) URL whose
 * query is a presigned STS {@code GetCallerIdentity} call ({@code Action=GetCallerIdentity} and the
 * SigV4 query parameters). The signature is not checked, as the sandbox checks no AWS signature.
 * Anything else is answered with a 401 {@code Unauthorized} Status.
 *
 * <p>Namespace deletion goes through {@code Terminating}, as Kubernetes' namespace controller takes
 * it: the DELETE response and every read until the termination time has passed show the namespace
 * with a {@code deletionTimestamp} and phase {@code Terminating}; creating anything in it meanwhile
 * is a 403 (the NamespaceLifecycle admission plugin's answer) and deleting it again a 409. Then its
 * pods and service accounts are removed, and the namespace with them. The termination time is
 * realistic (a few seconds) scaled by the sandbox's time scale, so it is over at once at scale 0.
 * Creating a namespace creates its {@code default} service account at once, which Kubernetes'
 * service account controller does a moment later.
 *
 * <p>Pods are kept, never run: the server defaults {@code spec.serviceAccountName} and phase {@code
 * Pending}, requires containers, and deletes a pod at once (no kubelet to wait for). Their spec is
 * taken whole, in JSON or YAML; a pod in protobuf is refused with a 415.
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
