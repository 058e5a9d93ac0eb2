package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.checkSet;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** graph.reachable(_paths) over cyclic graphs, and semver parsing and precedence. */
class GraphAndSemverTest {
  private static final String GRAPH =
      "{\"a\":[\"b\"],\"b\":[\"c\"],\"c\":[\"a\"],\"d\":[\"e\"],\"e\":[],\"f\":[]}";

  @Test
  void reachableFollowsEdgesAndStopsAtCycles() throws Exception {
    checkSet("[\"a\",\"b\",\"c\"]", "graph.reachable", v(GRAPH), set("\"a\""));
    checkSet("[\"d\",\"e\"]", "graph.reachable", v(GRAPH), v("[\"d\"]"));
    checkSet("[[\"a\",\"b\",\"c\"]]", "graph.reachable_paths", v(GRAPH), set("\"a\""));
    checkSet("[[\"d\",\"e\"],[\"f\"]]", "graph.reachable_paths", v(GRAPH), v("[\"d\",\"f\"]"));
    assertEquals(
        "graph.reachable: operand 2 must be {array, set} but got string",
        fails("graph.reachable", v(GRAPH), s("a")).getMessage());
  }

  @Test
  void semver() throws Exception {
    check("-1", "semver.compare", s("1.0.0"), s("2.0.0"));
    check("0", "semver.compare", s("1.0.0+build"), s("1.0.0"));
    check("-1", "semver.compare", s("1.0.0-alpha"), s("1.0.0"));
    check("-1", "semver.compare", s("1.0.0-alpha.2"), s("1.0.0-alpha.10"));
    check("1", "semver.compare", s("1.0.0-beta"), s("1.0.0-alpha.1"));
    check("false", "semver.is_valid", s("1"));
    check("false", "semver.is_valid", v("1"));
    check("true", "semver.is_valid", s("1.2.3-rc.1+meta"));
    check("true", "semver.is_valid", s("v1.2.3"));
    check("false", "semver.is_valid", s("1.2.3.4"));
    check("false", "semver.is_valid", s("1.2.3-rc..1"));
    check("1", "semver.compare", s("1.0.0-alpha.1"), s("1.0.0-alpha"));
    assertEquals(
        "semver.compare: operand 1: string \"1\" is not a valid SemVer",
        fails("semver.compare", s("1"), s("1.0.0")).getMessage());
  }
}
