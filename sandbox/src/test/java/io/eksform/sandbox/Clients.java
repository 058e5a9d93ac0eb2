package io.eksform.sandbox;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Real AWS SDK clients pointed at a sandbox with dummy static credentials. */
final class Clients implements AutoCloseable {
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create(
              io.eksform.sandbox.http.SandboxKeys.ACCESS_KEY_ID,
              io.eksform.sandbox.http.SandboxKeys.SECRET_ACCESS_KEY));

  final EksClient eks;
  final Ec2Client ec2;
  final IamClient iam;
  final StsClient sts;

  Clients(URI endpoint) {
    this(endpoint, ClientOverrideConfiguration.builder().build());
  }

  Clients(URI endpoint, ClientOverrideConfiguration override) {
    Region region = Region.US_WEST_2;
    eks =
        EksClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(CREDENTIALS)
            .overrideConfiguration(override)
            .build();
    ec2 =
        Ec2Client.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(CREDENTIALS)
            .overrideConfiguration(override)
            .build();
    iam =
        IamClient.builder()
            .endpointOverride(endpoint)
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(CREDENTIALS)
            .overrideConfiguration(override)
            .build();
    sts =
        StsClient.builder()
            .endpointOverride(endpoint)
            .region(region)
            .credentialsProvider(CREDENTIALS)
            .overrideConfiguration(override)
            .build();
  }

  @Override
  public void close() {
    eks.close();
    ec2.close();
    iam.close();
    sts.close();
  }
}
