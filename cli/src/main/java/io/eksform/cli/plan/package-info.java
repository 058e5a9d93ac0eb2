/** The {@code eksform plan} command: options, wiring of the plan run and the renderers. */
package io.eksform.cli.plan;
