package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.http.Xml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/** Runs an EC2 Describe call: ids, filters, pagination, then the XML set. */
final class Describe {
  private Describe() {}

  static <T> Reply run(SandboxRequest request, ResourceKind<T> kind, Collection<T> all) {
    FormParams form = request.form();
    List<String> ids = form.list(kind.idParameter());
    List<Filter> filters = Filter.parse(form, kind.filters());
    List<T> inRegion = new ArrayList<>();
    for (T item : all) {
      if (kind.region().apply(item).equals(request.region())) {
        inRegion.add(item);
      }
    }
    for (String id : ids) {
      if (inRegion.stream().noneMatch(t -> kind.id().apply(t).equals(id))) {
        throw notFound(kind, id);
      }
    }
    List<T> matched = new ArrayList<>();
    for (T item : inRegion) {
      if (!ids.isEmpty() && !ids.contains(kind.id().apply(item))) {
        continue;
      }
      if (Filter.all(filters, kind.attributes().apply(item), kind.tags().apply(item))) {
        matched.add(item);
      }
    }
    int from = offset(form.get("NextToken", null));
    int max = maxResults(form, matched.size(), 5, 1000);
    int to = Math.min(matched.size(), from + max);
    Xml xml = Xml.document(kind.operation() + "Response", Ec2Xml.NAMESPACE);
    xml.leaf("requestId", request.requestId()).open(kind.setElement());
    for (T item : matched.subList(Math.min(from, to), to)) {
      xml.open("item");
      kind.render().accept(xml, item);
      xml.close();
    }
    xml.close();
    if (to < matched.size()) {
      xml.leaf("nextToken", token(to));
    }
    return Reply.xml(xml.finish());
  }

  /** EC2's answer for an id a Describe call names that does not exist, in its wording per kind. */
  private static AwsError notFound(ResourceKind<?> kind, String id) {
    String message =
        switch (kind.notFoundCode()) {
          case "NatGatewayNotFound" -> "NAT gateway " + id + " was not found";
          case "InvalidGroup.NotFound" -> "The security group '" + id + "' does not exist";
          case "InvalidParameterValue" -> "Invalid " + kind.noun() + ": [" + id + "]";
          default -> "The " + kind.noun() + " ID '" + id + "' does not exist";
        };
    return new AwsError(kind.notFoundCode(), 400, message);
  }

  /**
   * The page size a call asks for ({@code all} when it names none), refused outside {@code
   * min..max} as EC2 refuses it.
   */
  static int maxResults(FormParams form, int all, int min, int max) {
    String text = form.get("MaxResults", null);
    if (text == null) {
      return all;
    }
    int asked;
    try {
      asked = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      asked = -1;
    }
    if (asked < min || asked > max) {
      throw new AwsError(
          "InvalidParameterValue",
          400,
          "Value ( "
              + text
              + " ) for parameter maxResults is invalid. Expecting a value between "
              + min
              + " and "
              + max
              + ".");
    }
    return asked;
  }

  static String token(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  static int offset(String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith("offset:")) {
        return Integer.parseInt(text.substring(7));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new AwsError("InvalidNextToken", 400, "The token '" + token + "' is invalid");
  }
}
