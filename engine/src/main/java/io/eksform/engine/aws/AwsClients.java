package io.eksform.engine.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS SDK v2 clients of one run, built the same way: the target's region and endpoint, the
 * default credential chain (or dummy credentials for the sandbox), standard retries with the
 * attempts of {@link RetryAttempts}, and one shared HTTP client. Close it when done.
 */
public final class AwsClients implements AutoCloseable {
  /**
   * The keys of eksform's embedded sandbox ({@code --sandbox}), which checks every signature as AWS
   * does; the sandbox module defines the same pair.
   */
  static final String SANDBOX_KEY_ID = "AKIASANDBOXEXAMPLE01";

  static final String SANDBOX_SECRET = "eksform-sandbox-secret-access-key";

  private final AwsTarget target;
  private final SdkHttpClient http;
  private final AwsCredentialsProvider credentials;
  private final EksClient eks;
  private final Ec2Client ec2;
  private final IamClient iam;
  private final StsClient sts;
  private final int attempts;
  private DynamoDbClient dynamoDb;

  public AwsClients(AwsTarget target) {
    this(target, RetryAttempts.fromEnvironment());
  }

  /** Clients that try each call {@code attempts} times (1: once, for a fault that never clears). */
  public AwsClients(AwsTarget target, int attempts) {
    this.target = target;
    this.attempts = attempts;
    this.http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(5))
            .socketTimeout(Duration.ofSeconds(30))
            .build();
    this.credentials =
        target.dummyCredentials()
            ? StaticCredentialsProvider.create(
                AwsBasicCredentials.create(SANDBOX_KEY_ID, SANDBOX_SECRET))
            : DefaultCredentialsProvider.builder().build();
    Region region = Region.of(target.region());
    this.eks = configure(EksClient.builder(), region).httpClient(http).build();
    this.ec2 = configure(Ec2Client.builder(), region).httpClient(http).build();
    this.iam = configure(IamClient.builder(), Region.AWS_GLOBAL).httpClient(http).build();
    this.sts = configure(StsClient.builder(), region).httpClient(http).build();
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Region region) {
    builder
        .region(region)
        .credentialsProvider(credentials)
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(
                    AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(attempts)
                        .build())
                .apiCallTimeout(Duration.ofSeconds(60))
                .build());
    target.endpoint().ifPresent(builder::endpointOverride);
    return builder;
  }

  public AwsTarget target() {
    return target;
  }

  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  public EksClient eks() {
    return eks;
  }

  public Ec2Client ec2() {
    return ec2;
  }

  public IamClient iam() {
    return iam;
  }

  public StsClient sts() {
    return sts;
  }

  /** The DynamoDB client (for the apply lock), built on first use: most runs never need it. */
  public synchronized DynamoDbClient dynamoDb() {
    if (dynamoDb == null) {
      dynamoDb =
          configure(DynamoDbClient.builder(), Region.of(target.region())).httpClient(http).build();
    }
    return dynamoDb;
  }

  @Override
  public void close() {
    eks.close();
    ec2.close();
    iam.close();
    sts.close();
    synchronized (this) {
      if (dynamoDb != null) {
        dynamoDb.close();
      }
    }
    http.close();
  }
}
