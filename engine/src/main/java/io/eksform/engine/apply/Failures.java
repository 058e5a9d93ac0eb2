package io.eksform.engine.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** One line saying why a step failed, from what AWS or Kubernetes answered. */
public final class Failures {
  private Failures() {}

  public static String describe(RuntimeException e) {
    if (e instanceof StepFailedException) {
      return e.getMessage();
    }
    if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
      return a.awsErrorDetails().serviceName()
          + " "
          + a.awsErrorDetails().errorCode()
          + ": "
          + a.awsErrorDetails().errorMessage();
    }
    if (e instanceof SdkClientException) {
      return "cannot reach AWS: " + e.getMessage();
    }
    if (e instanceof KubernetesClientException k) {
      return "Kubernetes API (" + k.getCode() + "): " + firstLine(k.getMessage());
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no answer";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
