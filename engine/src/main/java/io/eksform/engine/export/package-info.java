/** Export: a ClusterConfig written from live state, to adopt an existing cluster. */
package io.eksform.engine.export;
