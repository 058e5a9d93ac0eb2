package io.eksform.cli.unlock;

import io.eksform.cli.common.UserError;
import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.InputFile;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.run.ConfigRegion;
import io.eksform.engine.run.RegionSetting;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster whose lock to remove: its name and region from a ClusterConfig (whose region decides,
 * as it does for plan and apply: {@code AWS_REGION} or {@code --region} may only agree with it) or
 * as given on the command line.
 */
record LockedCluster(String name, String region) {

  static LockedCluster resolve(
      String file,
      String cluster,
      String region,
      Path workingDir,
      List<RegionSetting> environment) {
    if (file != null && cluster != null) {
      throw new UserError("-f and --cluster both name the cluster", "give one of them", 2);
    }
    if (file == null) {
      if (cluster == null || region == null) {
        throw new UserError(
            "force-unlock needs the cluster of the lock",
            "give -f CONFIG, or --cluster NAME and --region REGION",
            2);
      }
      return new LockedCluster(cluster, region);
    }
    Path path = workingDir.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new UserError("cannot read " + file + ": no such file", "check the path given with -f");
    }
    ConfigLoader loader =
        new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]));
    List<ConfigDocument> configs = loader.load(InputFile.of(file, path)).configs();
    if (configs.size() != 1) {
      throw new UserError(
          file + " holds " + configs.size() + " ClusterConfig documents, not one",
          "give --cluster NAME and --region REGION instead");
    }
    List<RegionSetting> others = new ArrayList<>();
    if (region != null) {
      others.add(new RegionSetting("--region", region));
    }
    others.addAll(environment);
    String name = configs.get(0).clusterName();
    String chosen = ConfigRegion.resolve(configs.get(0), others);
    if (name.isEmpty() || chosen.isEmpty()) {
      throw new UserError(
          file + " does not name its cluster and region (metadata.name, metadata.region)",
          "give --cluster NAME and --region REGION instead");
    }
    return new LockedCluster(name, chosen);
  }
}
