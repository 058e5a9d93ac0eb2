package io.eksform.sandbox.http;

import java.util.List;
import java.util.Map;

/**
 * Picks the service a request is for: the SigV4 credential scope first, then the JSON protocol's
 * {@code X-Amz-Target} prefix, then the query protocol's {@code Version} field, then the shape of a
 * rest-json path.
 */
final class ServiceRouter {
  private static final Map<String, String> VERSIONS =
      Map.of("2016-11-15", "ec2", "2010-05-08", "iam", "2011-06-15", "sts");
  private static final List<String> EKS_ROOTS =
      List.of("clusters", "tags", "addons", "cluster-registrations", "eks-anywhere-subscriptions");

  private final Map<String, ServiceApi> services;

  ServiceRouter(Map<String, ServiceApi> services) {
    this.services = Map.copyOf(services);
  }

  /** The service API for the request, or null when none can be told. */
  ServiceApi route(SandboxRequest request) {
    ServiceApi byScope = services.get(request.service());
    if (byScope != null) {
      return byScope;
    }
    if (String.valueOf(request.header("x-amz-target")).startsWith("DynamoDB_")) {
      return services.get("dynamodb");
    }
    String contentType = String.valueOf(request.header("content-type"));
    if (request.method().equals("POST")
        && contentType.startsWith("application/x-www-form-urlencoded")) {
      String service = VERSIONS.get(request.form().get("Version", ""));
      if (service != null) {
        return services.get(service);
      }
    }
    if (!request.segments().isEmpty() && EKS_ROOTS.contains(request.segments().get(0))) {
      return services.get("eks");
    }
    return null;
  }
}
