package io.eksform.engine.config;

/**
 * Bounds on what one file may make the loader do: how many aliases it may use, how many nodes the
 * document may grow to once aliases are expanded (the defence against alias bombs), and how deep it
 * may nest.
 */
public record YamlLimits(int maxAliases, long maxNodes, int maxDepth) {
  public static final YamlLimits DEFAULT = new YamlLimits(100, 200_000, 200);
}
