package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.checkSet;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** net.cidr_* over IPv4 and IPv6, including merge and OPA error messages. */
class NetBuiltinsTest {
  @Test
  void containsAddressesAndNetworks() throws Exception {
    check("true", "net.cidr_contains", s("10.0.0.0/8"), s("10.1.2.3"));
    check("true", "net.cidr_contains", s("10.0.0.0/8"), s("10.1.0.0/16"));
    check("false", "net.cidr_contains", s("10.0.0.0/16"), s("10.0.0.0/8"));
    check("true", "net.cidr_contains", s("2001:db8::/32"), s("2001:db8:1::1"));
    check("false", "net.cidr_contains", s("10.0.0.0/8"), s("2001:db8::1"));
    assertEquals(
        "net.cidr_contains: not a valid textual representation of an IP address or CIDR: x",
        fails("net.cidr_contains", s("10.0.0.0/8"), s("x")).getMessage());
    check("true", "net.cidr_intersects", s("10.0.0.0/8"), s("10.20.0.0/16"));
    check("false", "net.cidr_is_valid", s("10.0.0.01/8"));
    check("true", "net.cidr_is_valid", s("::/0"));
  }

  @Test
  void expandAndMatches() throws Exception {
    checkSet("[\"192.168.1.0\",\"192.168.1.1\"]", "net.cidr_expand", s("192.168.1.0/31"));
    assertEquals(
        "net.cidr_expand: invalid CIDR address: 192.168.1.1/33",
        fails("net.cidr_expand", s("192.168.1.1/33")).getMessage());
    checkSet(
        "[[\"a\",0]]",
        "net.cidr_contains_matches",
        v("{\"a\":\"10.0.0.0/8\",\"b\":[\"192.168.0.0/16\"]}"),
        v("[\"10.1.1.1\"]"));
  }

  @Test
  void merge() throws Exception {
    checkSet(
        "[\"192.0.128.0/23\"]", "net.cidr_merge", v("[\"192.0.128.0/24\",\"192.0.129.0/24\"]"));
    checkSet(
        "[\"192.0.2.112/29\"]",
        "net.cidr_merge",
        set("\"192.0.2.112/30\"", "\"192.0.2.116/31\"", "\"192.0.2.118/31\""));
    checkSet(
        "[\"2601:600:8a80:207e::/64\"]",
        "net.cidr_merge",
        v("[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64\"]"));
    checkSet("[\"::/0\"]", "net.cidr_merge", v("[\"::/0\",\"fe80::1/128\"]"));
    checkSet("[\"192.0.2.0/24\"]", "net.cidr_merge", v("[\"192.0.2.112\",\"192.0.2.116/31\"]"));
    assertEquals(
        "net.cidr_merge: IPv6 invalid: needs prefix length",
        fails("net.cidr_merge", v("[\"2601:600::1\"]")).getMessage());
  }
}
