package io.eksform.engine.aws;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A bearer token for an EKS cluster's Kubernetes API, made as {@code aws eks get-token} makes it: a
 * presigned STS GetCallerIdentity URL bound to the cluster by the {@code x-k8s-aws-id} header,
 * base64url-encoded behind the prefix {@code k8s-aws-v1.}.
 */
public final class EksToken {
  public static final String PREFIX = "k8s-aws-v1.";

  private EksToken() {}

  public static String create(AwsClients aws, String clusterName) {
    String region = aws.target().region();
    URI sts =
        aws.target().endpoint().orElse(URI.create("https://sts." + region + ".amazonaws.com"));
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(sts)
            .encodedPath("/")
            .putRawQueryParameter("Action", "GetCallerIdentity")
            .putRawQueryParameter("Version", "2011-06-15")
            .putHeader("x-k8s-aws-id", clusterName)
            .build();
    AwsCredentialsIdentity identity = aws.credentials().resolveIdentity().join();
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(identity)
                        .request(request)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(
                            AwsV4HttpSigner.AUTH_LOCATION,
                            AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(60)));
    String url = signed.request().getUri().toString();
    return PREFIX
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(url.getBytes(StandardCharsets.UTF_8));
  }
}
