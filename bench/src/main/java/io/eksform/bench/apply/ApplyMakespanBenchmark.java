package io.eksform.bench.apply;

/**
 * The makespan of applying 3 Fargate profiles, 2 managed node groups and 5 IRSA service accounts to
 * the sandbox's existing cluster with realistic durations scaled by one factor, against the plan's
 * critical path ({@link CriticalPath}: here the serialised Fargate creates or the node group
 * create, whichever is longer).
 *
 * <p>Run: {@code mvn -B -q -pl bench -am install -DskipTests -Dspotless.check.skip=true && mvn -B
 * -q -pl bench dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp && java -cp
 * bench/target/classes:$(cat /tmp/bench.cp) io.eksform.bench.apply.ApplyMakespanBenchmark
 * [scale=0.05] [runs=3]}
 */
public final class ApplyMakespanBenchmark {
  private ApplyMakespanBenchmark() {}

  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.05;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    System.out.printf(java.util.Locale.ROOT, "changes to an existing cluster, scale %.3f%n", scale);
    for (int i = 1; i <= runs; i++) {
      System.out.println(
          MakespanRun.once("eksworkshop", scale, config(), MakespanRun.options()).line(i));
    }
  }

  static String config() {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n");
    y.append("metadata:\n  name: eksworkshop-eksctl\n  region: us-west-2\n");
    y.append("iam:\n  withOIDC: true\n  serviceAccounts:\n");
    for (int i = 1; i <= 5; i++) {
      y.append("    - metadata:\n        name: sa-")
          .append(i)
          .append("\n        namespace: team-")
          .append(i)
          .append("\n      attachPolicyARNs:\n")
          .append("        - arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy\n");
    }
    y.append("fargateProfiles:\n");
    for (int i = 1; i <= 3; i++) {
      y.append("  - name: fp-")
          .append(i)
          .append("\n    selectors:\n      - namespace: team-")
          .append(i)
          .append("\n");
    }
    y.append("managedNodeGroups:\n");
    for (int i = 1; i <= 2; i++) {
      y.append("  - name: ng-").append(i).append("\n    privateNetworking: true\n");
    }
    return y.toString();
  }
}
