package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.sandbox.http.SandboxKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Authorization headers pass as EKS tokens. */
class BearerTokenTest {
  private static String token(String url) {
    return "Bearer k8s-aws-v1."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(url.getBytes(StandardCharsets.UTF_8));
  }

  private static final String CLUSTER = "eksworkshop-eksctl";

  @Test
  void acceptsATokenPresignedByTheAwsSdkWithTheSandboxKeysForThisCluster() {
    String token = Tokens.forCluster(CLUSTER);
    assertTrue(BearerToken.accepted("Bearer " + token, CLUSTER));
    assertTrue(BearerToken.accepted("bearer " + token, CLUSTER), "the scheme is case-insensitive");
    String url =
        Tokens.presignedUrl(CLUSTER, SandboxKeys.ACCESS_KEY_ID, SandboxKeys.SECRET_ACCESS_KEY);
    String padded =
        "Bearer k8s-aws-v1."
            + Base64.getUrlEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8));
    assertTrue(BearerToken.accepted(padded, CLUSTER), "padding is tolerated");
  }

  @Test
  void rejectsAWellFormedTokenThatIsNotSignedWithTheSandboxKeys() {
    String unsigned =
        "https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIDEXAMPLE%2F20261125%2Fus-west-2%2Fsts%2Faws4_request"
            + "&X-Amz-Date=20261125T090000Z&X-Amz-Expires=60"
            + "&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id"
            + "&X-Amz-Signature=5f0e5d0c4a8e4a1b9c1e2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f";
    assertFalse(BearerToken.accepted(token(unsigned), CLUSTER));
    assertFalse(
        BearerToken.accepted(
            "Bearer " + Tokens.forCluster(CLUSTER, "AKIDEXAMPLE", "secret"), CLUSTER),
        "another key");
    assertFalse(
        BearerToken.accepted(
            "Bearer " + Tokens.forCluster(CLUSTER, SandboxKeys.ACCESS_KEY_ID, "a-guessed-secret"),
            CLUSTER),
        "a wrong secret");
  }

  @Test
  void rejectsATokenMadeForAnotherCluster() {
    assertFalse(BearerToken.accepted("Bearer " + Tokens.forCluster("other"), CLUSTER));
  }

  @Test
  void rejectsAnEditedToken() {
    String url =
        Tokens.presignedUrl(CLUSTER, SandboxKeys.ACCESS_KEY_ID, SandboxKeys.SECRET_ACCESS_KEY);
    assertFalse(
        BearerToken.accepted(
            token(url.replace("Version=2011-06-15", "Version=2011-06-16")), CLUSTER));
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
    assertFalse(BearerToken.accepted(token(url), CLUSTER), url);
  }

  @Test
  void rejectsOtherSchemesAndPrefixes() {
    assertFalse(BearerToken.accepted(null, CLUSTER));
    assertFalse(BearerToken.accepted("", CLUSTER));
    assertFalse(BearerToken.accepted("Basic dXNlcjpwYXNz", CLUSTER));
    assertFalse(
        BearerToken.accepted(
            "Bearer " + Tokens.forCluster(CLUSTER).substring("k8s-aws-v1.".length()), CLUSTER));
    assertFalse(BearerToken.accepted("Bearer k8s-aws-v1.***", CLUSTER));
  }
}
