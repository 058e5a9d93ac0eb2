package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Which Authorization headers pass as EKS tokens. */
class BearerTokenTest {
  private static String token(String url) {
    return "Bearer k8s-aws-v1."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(url.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsPresignedGetCallerIdentityUrls() {
    assertTrue(BearerToken.accepted("Bearer " + TestServer.TOKEN));
    assertTrue(
        BearerToken.accepted(
            token(
                "http://127.0.0.1:4566/?Action=GetCallerIdentity&Version=2011-06-15"
                    + "&X-Amz-Credential=test%2F20261125%2Fus-west-2%2Fsts%2Faws4_request&X-Amz-Signature=00")));
    assertTrue(
        BearerToken.accepted("bearer " + TestServer.TOKEN), "the scheme is case-insensitive");
    String padded =
        "Bearer k8s-aws-v1."
            + Base64.getUrlEncoder()
                .encodeToString(TestServer.PRESIGNED_URL.getBytes(StandardCharsets.UTF_8));
    assertTrue(BearerToken.accepted(padded), "padding is tolerated");
  }

  @Test
  void acceptsATokenPresignedByTheAwsSdk() {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(URI.create("http://127.0.0.1:4566/"))
            .appendRawQueryParameter("Action", "GetCallerIdentity")
            .appendRawQueryParameter("Version", "2011-06-15")
            .putHeader("x-k8s-aws-id", "eksworkshop-eksctl")
            .build();
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", "secret"))
                        .request(request)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-west-2")
                        .putProperty(
                            AwsV4HttpSigner.AUTH_LOCATION,
                            AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofSeconds(60)));
    assertTrue(BearerToken.accepted(token(signed.request().getUri().toString())));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://sts.amazonaws.com/?Action=GetSessionToken&X-Amz-Credential=a&X-Amz-Signature=b",
        "https://sts.amazonaws.com/?Action=GetCallerIdentity",
        "https://sts.amazonaws.com/?Action=GetCallerIdentity&X-Amz-Credential=a",
        "ftp://sts.amazonaws.com/?Action=GetCallerIdentity&X-Amz-Credential=a&X-Amz-Signature=b",
        "not a url at all"
      })
  void rejectsOtherUrls(String url) {
    assertFalse(BearerToken.accepted(token(url)), url);
  }

  @Test
  void rejectsOtherSchemesAndPrefixes() {
    assertFalse(BearerToken.accepted(null));
    assertFalse(BearerToken.accepted(""));
    assertFalse(BearerToken.accepted("Basic dXNlcjpwYXNz"));
    assertFalse(
        BearerToken.accepted("Bearer " + TestServer.TOKEN.substring("k8s-aws-v1.".length())));
    assertFalse(BearerToken.accepted("Bearer k8s-aws-v1.***"));
  }
}
