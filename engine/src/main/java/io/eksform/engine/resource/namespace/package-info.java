/**
 * The Kubernetes namespace kind ({@code kubernetes_namespace}): the namespaces the config's service
 * accounts need, created with eksform's label; with {@code --prune}, the ones eksform created that
 * nothing of the config names and that hold nothing, deleted after what leaves them.
 */
package io.eksform.engine.resource.namespace;
