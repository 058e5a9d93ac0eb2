package io.eksform.rego.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.Rego;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.compile.RegoCompileException;
import io.eksform.rego.eval.Options;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rego v0 and v1 read the same text as OPA 0.x and 1.x do. */
class RegoVersionTest {
  private static final String CONFTEST_V0 =
      "package main\n"
          + "deny[msg] { input.metadata.region == \"us-west-2\"; msg := \"v0 style works\" }\n";

  private static Value eval(RegoVersion version, String src, String query) {
    Module m = Parser.parseModule("p.rego", src, version);
    List<Map<String, Value>> rows =
        Rego.prepare(List.of(m), ObjectValue.EMPTY)
            .eval(
                query,
                io.eksform.rego.value.JsonValues.fromJson(
                    tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree("{\"metadata\":{\"region\":\"us-west-2\"}}")),
                Options.defaults());
    assertEquals(1, rows.size(), "rows of " + query + ": " + rows);
    return rows.get(0).get("x");
  }

  @Test
  void v0ReadsBracketHeadsWithoutValueAsPartialSets() {
    assertEquals(
        "[\"v0 style works\"]",
        eval(RegoVersion.V0, CONFTEST_V0, "x = data.main.deny").toJsonText());
  }

  @Test
  void v1RefusesV0HeadsWithOpaTextsAndAHint() {
    RegoParseException e =
        assertThrows(RegoParseException.class, () -> Parser.parseModule("p.rego", CONFTEST_V0));
    assertTrue(
        e.getMessage().contains("`if` keyword is required before rule body"), e.getMessage());
    assertTrue(
        e.getMessage().contains("`contains` keyword is required for partial set rules"),
        e.getMessage());
    assertTrue(e.hint().contains("--rego-version v0"), e.hint());
  }

  @Test
  void v1RequiresIfBeforeFunctionBodies() {
    RegoParseException e =
        assertThrows(
            RegoParseException.class,
            () -> Parser.parseModule("p.rego", "package p\nf(x) = y { y := x }\n"));
    assertTrue(e.getMessage().contains("`if` keyword is required before function body"));
  }

  @Test
  void v0KeywordsAreOrdinaryNamesUntilImported() {
    assertEquals(
        "3",
        eval(
                RegoVersion.V0,
                "package p\nq = x { contains := 1; in := 2; x := contains + in }\n",
                "x = data.p.q")
            .toJsonText());
    String imported = "package p\nimport future.keywords.in\nq { 2 in [1, 2] }\n";
    assertEquals("true", eval(RegoVersion.V0, imported, "x = data.p.q").toJsonText());
    String every = "package p\nimport future.keywords.every\nq { every x in [1] { x > 0 } }\n";
    assertEquals("true", eval(RegoVersion.V0, every, "x = data.p.q").toJsonText());
  }

  @Test
  void aV0FileImportingRegoV1IsReadAsV1() {
    String src = "package p\nimport rego.v1\nq contains 1 if true\n";
    Module m = Parser.parseModule("p.rego", src, RegoVersion.V0);
    assertEquals(RegoVersion.V1, m.version());
    assertThrows(
        RegoParseException.class,
        () ->
            Parser.parseModule(
                "p.rego", "package p\nimport rego.v1\nq[1] { true }\n", RegoVersion.V0));
  }

  @Test
  void builtinsOpaRemovedAreOnlyForV0Modules() {
    String v0 = "package p\nq = x { x := all([true, true]) }\n";
    assertEquals("true", eval(RegoVersion.V0, v0, "x = data.p.q").toJsonText());
    String v1 = "package p\nq := x if { x := all([true, true]) }\n";
    RegoCompileException e =
        assertThrows(
            RegoCompileException.class,
            () -> Rego.prepare(List.of(Parser.parseModule("p.rego", v1)), ObjectValue.EMPTY));
    assertTrue(e.getMessage().contains("undefined function all"), e.getMessage());
  }

  @Test
  void severalBodiesShareOneHead() {
    String src = "package p\nq[x] { x := 1 } { x := 2 }\n";
    assertEquals("[1,2]", eval(RegoVersion.V0, src, "x = data.p.q").toJsonText());
  }

  @Test
  void emptyArgumentListIsAConstant() {
    assertEquals("1", eval(RegoVersion.V0, "package p\nf() = 1\n", "x = data.p.f").toJsonText());
  }
}
