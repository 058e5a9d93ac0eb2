package io.eksform.sandbox.kubernetes;

import io.eksform.sandbox.http.SandboxKeys;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** EKS tokens for tests, presigned by the AWS SDK as {@code aws eks get-token} makes them. */
public final class Tokens {
  private Tokens() {}

  /** A token for {@code cluster} signed with the sandbox's keys now. */
  public static String forCluster(String cluster) {
    return forCluster(cluster, SandboxKeys.ACCESS_KEY_ID, SandboxKeys.SECRET_ACCESS_KEY);
  }

  /** A token for {@code cluster} signed with other keys. */
  public static String forCluster(String cluster, String keyId, String secret) {
    return "k8s-aws-v1."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(presignedUrl(cluster, keyId, secret).getBytes(StandardCharsets.UTF_8));
  }

  /** The presigned STS GetCallerIdentity URL inside a token. */
  public static String presignedUrl(String cluster, String keyId, String secret) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(URI.create("https://sts.us-west-2.amazonaws.com/"))
            .appendRawQueryParameter("Action", "GetCallerIdentity")
            .appendRawQueryParameter("Version", "2011-06-15")
            .putHeader("x-k8s-aws-id", cluster)
            .build();
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsCredentialsIdentity.create(keyId, secret))
                    .request(request)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-west-2")
                    .putProperty(
                        AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(60)))
        .request()
        .getUri()
        .toString();
  }
}
