package io.eksform.cli.sandbox;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code sandbox serve} prints to reach the sandbox: the environment to export, the {@code
 * --endpoint-url} form for AWS CLI versions before 2.13 (which ignore {@code AWS_ENDPOINT_URL}),
 * and a profile for {@code ~/.aws/config}.
 */
final class ServeInstructions {
  /** The profile name the printed {@code ~/.aws/config} snippet declares. */
  static final String PROFILE = "eksform-sandbox";

  private ServeInstructions() {}

  /** Writes the instructions for a sandbox at {@code endpoint} with {@code environment}. */
  static void write(String endpoint, Map<String, String> environment, PrintWriter out) {
    Map<String, String> env = new TreeMap<>(environment);
    out.println("Export this environment for eksform, the SDKs and the AWS CLI 2.13 or later:");
    env.forEach((k, v) -> out.println("  export " + k + "=" + v));
    out.println(
        "The AWS CLI before 2.13 ignores AWS_ENDPOINT_URL: export the others and give the"
            + " endpoint to each command:");
    out.println("  aws --endpoint-url " + endpoint + " eks list-clusters");
    out.println(
        "Or add a profile to ~/.aws/config (endpoint_url needs the AWS CLI 2.13 or later) and"
            + " export AWS_PROFILE="
            + PROFILE
            + ":");
    out.println("  [profile " + PROFILE + "]");
    out.println("  region = " + env.getOrDefault("AWS_REGION", "us-west-2"));
    out.println("  endpoint_url = " + endpoint);
    out.println("  aws_access_key_id = " + env.getOrDefault("AWS_ACCESS_KEY_ID", ""));
    out.println("  aws_secret_access_key = " + env.getOrDefault("AWS_SECRET_ACCESS_KEY", ""));
  }
}
