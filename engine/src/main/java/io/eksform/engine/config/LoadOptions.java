package io.eksform.engine.config;

import java.util.Map;

/**
 * How inputs are loaded: whether {@code ${VAR}} references are expanded and from which environment,
 * the largest file accepted, and the YAML limits.
 */
public record LoadOptions(
    boolean expandEnv, Map<String, String> environment, long maxFileBytes, YamlLimits yamlLimits) {
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  public LoadOptions {
    environment = Map.copyOf(environment);
  }

  public static LoadOptions defaults() {
    return new LoadOptions(false, Map.of(), DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT);
  }

  public LoadOptions withExpandEnv(boolean expand, Map<String, String> env) {
    return new LoadOptions(expand, env, maxFileBytes, yamlLimits);
  }

  public LoadOptions withMaxFileBytes(long bytes) {
    return new LoadOptions(expandEnv, environment, bytes, yamlLimits);
  }
}
