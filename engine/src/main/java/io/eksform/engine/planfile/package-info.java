/**
 * Saved plans: {@link io.eksform.engine.planfile.PlanJson} is the one place where a {@link
 * io.eksform.engine.plan.Plan} becomes its versioned JSON wire form and back (the same document
 * {@code --format json} prints), and {@link io.eksform.engine.planfile.PlanFile} writes and reads
 * that document as a file, refusing with a clear message anything that is not a whole plan of a
 * format version it reads.
 */
package io.eksform.engine.planfile;
