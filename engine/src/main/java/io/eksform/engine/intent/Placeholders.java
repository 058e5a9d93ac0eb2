package io.eksform.engine.intent;

import java.util.List;

/** The values an intent plan puts where only AWS would know the answer. */
final class Placeholders {
  static final String ACCOUNT = "000000000000";
  static final String ISSUER_ID = "00000000000000000000000000000000";
  static final String VPC = "vpc-intent";
  static final List<String> PRIVATE_SUBNETS =
      List.of("subnet-private-a", "subnet-private-b", "subnet-private-c");
  static final List<String> PUBLIC_SUBNETS =
      List.of("subnet-public-a", "subnet-public-b", "subnet-public-c");
  static final String REGION = "us-east-1";
  static final String VERSION = "1.32";
  static final String SERVICE_IPV4_CIDR = "10.100.0.0/16";

  private Placeholders() {}

  static String issuer(String region) {
    return "oidc.eks." + region + ".amazonaws.com/id/" + ISSUER_ID;
  }

  /** The zone letter of a placeholder subnet (its last letter); subnets a config names are in a. */
  static String zoneOf(String subnet) {
    boolean placeholder = PRIVATE_SUBNETS.contains(subnet) || PUBLIC_SUBNETS.contains(subnet);
    return placeholder ? subnet.substring(subnet.length() - 1) : "a";
  }

  static String region(String configured) {
    return configured.isEmpty() ? REGION : configured;
  }
}
