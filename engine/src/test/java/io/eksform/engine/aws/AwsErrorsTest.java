package io.eksform.engine.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.problem.UserFacingException;
import java.net.ConnectException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eks.model.EksException;

/** Failures of AWS calls that a user can fix say what happened and what to do. */
class AwsErrorsTest {
  private static final AwsTarget TARGET = AwsTarget.real("us-west-2");

  private static Supplier<Object> throwing(RuntimeException e) {
    return () -> {
      throw e;
    };
  }

  private static EksException eks(int status, String code) {
    return (EksException)
        EksException.builder()
            .statusCode(status)
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode(code)
                    .errorMessage("User is not authorized")
                    .build())
            .build();
  }

  @Test
  void accessDeniedNamesTheMissingAction() {
    UserFacingException e =
        assertThrows(
            UserFacingException.class,
            () ->
                AwsErrors.call(
                    "eks:DescribeCluster", TARGET, throwing(eks(403, "AccessDeniedException"))));
    assertTrue(e.getMessage().startsWith("AWS denied eks:DescribeCluster"), e.getMessage());
    assertTrue(e.hint().contains("eks:DescribeCluster"));
  }

  @Test
  void missingCredentialsSuggestTheWaysToSetThem() {
    SdkClientException none =
        SdkClientException.create("Unable to load credentials from any of the providers");
    UserFacingException e =
        assertThrows(
            UserFacingException.class,
            () -> AwsErrors.call("sts:GetCallerIdentity", TARGET, throwing(none)));
    assertTrue(e.hint().contains("AWS_PROFILE"), e.hint());
    assertTrue(e.hint().contains("--sandbox"), e.hint());
  }

  @Test
  void otherServiceErrorsPassThrough() {
    EksException other = eks(400, "InvalidParameterException");
    EksException thrown =
        assertThrows(
            EksException.class,
            () -> AwsErrors.call("eks:CreateFargateProfile", TARGET, throwing(other)));
    assertSame(other, thrown);
  }

  @Test
  void anUnreachableEndpointSaysWhichOne() {
    AwsTarget local =
        new AwsTarget("us-west-2", Optional.of(URI.create("http://127.0.0.1:9")), true);
    SdkClientException refused =
        SdkClientException.builder()
            .message("Unable to execute HTTP request")
            .cause(new ConnectException("Connection refused"))
            .build();
    UserFacingException e =
        assertThrows(
            UserFacingException.class,
            () -> AwsErrors.call("eks:DescribeCluster", local, throwing(refused)));
    assertEquals(
        "cannot reach http://127.0.0.1:9 for eks:DescribeCluster: connection refused",
        e.getMessage());
  }
}
