package io.eksform.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A region named somewhere else than the config, and where: an environment variable such as {@code
 * AWS_REGION}, or a flag such as {@code --region}. The config's {@code metadata.region} decides;
 * such a setting may only agree with it.
 */
public record RegionSetting(String source, String region) {
  /** The environment variables eksform reads a region from. */
  public static final List<String> VARIABLES = List.of("AWS_REGION");

  /** The regions {@code environment} names, blank values left out. */
  public static List<RegionSetting> fromEnvironment(Map<String, String> environment) {
    List<RegionSetting> out = new ArrayList<>();
    for (String name : VARIABLES) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        out.add(new RegionSetting(name, value.strip()));
      }
    }
    return out;
  }
}
