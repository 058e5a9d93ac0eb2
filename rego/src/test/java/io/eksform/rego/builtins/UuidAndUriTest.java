package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.value.StringValue;
import org.junit.jupiter.api.Test;

/** uuid.parse/rfc4122 and uri.parse/is_valid. */
class UuidAndUriTest {
  private static final String V2 =
      "{\"clocksequence\":12800,\"domain\":\"Person\",\"id\":1000,\"macvariables\":\"local:unicast\","
          + "\"nodeid\":\"32-50-96-b3-9f-47\",\"time\":1693566990121469600,\"variant\":\"RFC4122\","
          + "\"version\":2}";

  @Test
  void parseDecodesTimeBasedUuids() throws Exception {
    check(V2, "uuid.parse", s("000003e8-48b9-21ee-b200-325096b39f47"));
    check(V2, "uuid.parse", s("urn:uuid:000003e8-48b9-21ee-b200-325096b39f47"));
    check(
        "{\"variant\":\"RFC4122\",\"version\":4}",
        "uuid.parse",
        s("{00000000-0000-4000-8000-000000000000}"));
    check(
        "{\"variant\":\"RFC4122\",\"version\":3}",
        "uuid.parse",
        s("6bea8ef2d3d33cd184e09bab06a52ece"));
    assertNull(call("uuid.parse", s("not-a-uuid")));
  }

  @Test
  void rfc4122IsStableForAKeyAndWellFormed() throws Exception {
    String a = ((StringValue) call("uuid.rfc4122", s("key"))).value();
    assertEquals(a, ((StringValue) call("uuid.rfc4122", s("key"))).value());
    assertTrue(a.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), a);
    check("{\"variant\":\"RFC4122\",\"version\":4}", "uuid.parse", s(a));
  }

  @Test
  void uriParse() throws Exception {
    check(
        "{\"scheme\":\"https\",\"hostname\":\"example.com\",\"port\":\"8080\",\"path\":\"/api\","
            + "\"raw_path\":\"/api\",\"raw_query\":\"q=1\",\"fragment\":\"top\"}",
        "uri.parse",
        s("https://example.com:8080/api?q=1#top"));
    check(
        "{\"scheme\":\"http\",\"hostname\":\"::1\",\"port\":\"8080\",\"path\":\"/a/b\",\"raw_path\":\"/a%2Fb\"}",
        "uri.parse", s("http://[::1]:8080/a%2Fb"));
    check("{\"scheme\":\"mailto\"}", "uri.parse", s("mailto:user@example.com"));
    check("{}", "uri.parse", s(""));
    fails("uri.parse", s("http://[::1"));
    check("true", "uri.is_valid", s("https://example.com/path?q=1"));
    check("false", "uri.is_valid", s(""));
    check("false", "uri.is_valid", s("http://[invalid"));
  }
}
