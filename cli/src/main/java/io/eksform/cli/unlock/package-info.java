/**
 * {@code eksform force-unlock}: removes a stuck apply lock. The lock ID is the one a refused apply
 * named; the cluster comes from a ClusterConfig ({@code -f}) or from {@code --cluster} and {@code
 * --region}.
 */
package io.eksform.cli.unlock;
