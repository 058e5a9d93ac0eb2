/**
 * Loading ClusterConfig files: an {@link io.eksform.engine.config.InputFile} (a path or stdin) is
 * decoded into {@link io.eksform.engine.config.SourceText}, read as YAML 1.2 documents with a
 * {@link io.eksform.engine.config.SourceMap} (JSON Pointer to line and column), classified by
 * {@link io.eksform.engine.config.DocumentKind}, and becomes a {@link
 * io.eksform.engine.config.ConfigDocument}. Everything a user can get wrong comes back as findings.
 */
package io.eksform.engine.config;
