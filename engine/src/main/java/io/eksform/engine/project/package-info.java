/**
 * The project settings of {@code .eksform.yaml}: a {@link io.eksform.engine.project.ProjectConfig}
 * holds the overrides of the built-in policy limits and the central {@link
 * io.eksform.engine.project.IgnoreEntry ignore entries}.
 */
package io.eksform.engine.project;
