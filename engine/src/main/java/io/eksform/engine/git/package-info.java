/**
 * What a branch changed, read from git with JGit: the merge base of a base ref and the head, the
 * ClusterConfig files changed between them ({@link io.eksform.engine.git.ChangedFile}: added,
 * modified, renamed, deleted), the lines the branch touched in each ({@link
 * io.eksform.engine.git.LineRanges}), and the base and head text of each file.
 */
package io.eksform.engine.git;
