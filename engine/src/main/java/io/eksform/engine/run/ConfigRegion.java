package io.eksform.engine.run;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.InputFile;
import io.eksform.engine.config.Position;
import io.eksform.engine.problem.UserFacingException;
import java.util.List;

/**
 * The region a config is planned, applied or unlocked in: its {@code metadata.region}, as eksctl
 * does. A region named elsewhere (the environment, a flag) that disagrees is an error naming both
 * and where each came from, never silently the region used: a cluster of the same name in another
 * region is another cluster.
 */
public final class ConfigRegion {
  private static final String POINTER = "/metadata/region";

  private ConfigRegion() {}

  /**
   * The config's region, checked against {@code others}; a config that names none takes the first
   * of them, or "" when there is none either.
   */
  public static String resolve(ConfigDocument doc, List<RegionSetting> others) {
    String region = doc.tree().path("metadata").path("region").asString("").strip();
    if (region.isEmpty()) {
      return others.isEmpty() ? "" : others.get(0).region();
    }
    for (RegionSetting other : others) {
      if (!other.region().equals(region)) {
        throw new UserFacingException(
            "metadata.region is "
                + region
                + " ("
                + where(doc)
                + ") but "
                + other.source()
                + " is "
                + other.region()
                + "; eksform uses the config's region, as eksctl does",
            (other.source().startsWith("-") ? "drop " : "unset ")
                + other.source()
                + " or change metadata.region",
            1,
            null);
      }
    }
    return region;
  }

  private static String where(ConfigDocument doc) {
    String file = InputFile.STDIN.equals(doc.file()) ? "standard input" : doc.file();
    Position p = doc.sourceMap().valuePosition(POINTER);
    return p.known() ? file + ":" + p.line() : file;
  }
}
