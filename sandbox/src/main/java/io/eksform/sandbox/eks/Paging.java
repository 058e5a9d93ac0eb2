package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** EKS list pagination: {@code maxResults} 1..100 and an opaque {@code nextToken}. */
final class Paging {
  private Paging() {}

  /** One page of names and the token for the next page (null on the last page). */
  record Page(List<String> items, String nextToken) {}

  /** The reply of a List operation: one page of {@code names} under {@code field}. */
  static Reply reply(String field, List<String> names, SandboxRequest request) {
    Page page = page(names, request);
    ObjectNode out = EksJson.object();
    EksJson.strings(out.putArray(field), page.items());
    if (page.nextToken() != null) {
      out.put("nextToken", page.nextToken());
    }
    return Reply.json(EksJson.write(out));
  }

  static Page page(List<String> sortedNames, SandboxRequest request) {
    int max = 100;
    String maxText = request.queryParam("maxResults");
    if (maxText != null) {
      try {
        max = Integer.parseInt(maxText);
      } catch (NumberFormatException e) {
        max = -1;
      }
      if (max < 1 || max > 100) {
        throw EksErrors.invalidParameter(
            "1 validation error detected: Value '"
                + maxText
                + "' at 'maxResults' failed to satisfy constraint: Member must have value"
                + " between 1 and 100");
      }
    }
    int from = 0;
    String token = request.queryParam("nextToken");
    if (token != null && !token.isEmpty()) {
      String after = decode(token);
      from = sortedNames.size();
      for (int i = 0; i < sortedNames.size(); i++) {
        if (sortedNames.get(i).compareTo(after) >= 0) {
          from = i;
          break;
        }
      }
    }
    int to = Math.min(sortedNames.size(), from + max);
    String next = to < sortedNames.size() ? encode(sortedNames.get(to)) : null;
    return new Page(List.copyOf(sortedNames.subList(from, to)), next);
  }

  private static String encode(String name) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("next:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith("next:")) {
        return text.substring(5);
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw EksErrors.invalidParameter("The nextToken provided is not valid.");
  }
}
