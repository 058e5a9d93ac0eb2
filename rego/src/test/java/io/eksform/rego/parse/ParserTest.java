package io.eksform.rego.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static final String POLICY =
      """
      package main

      import rego.v1
      import data.lib.k8s as k

      default allow := false

      deny contains msg if {
      	some i, p in input.fargateProfiles
      	not p.selectors
      	msg := sprintf("profile %d has no selectors", [i])
      }

      allow if count(deny) == 0

      names[n] := true if some n in {x | x := input.items[_].name}

      f(x) := y if {
      	y := x * 2
      } else := 0
      """;

  @Test
  void parsesRuleKinds() {
    Module m = Parser.parseModule("p.rego", POLICY);
    assertEquals(5, m.rules().size());
    Rule deny = m.rules().get(1);
    assertTrue(deny.head().isMultiValue());
    assertEquals(3, deny.body().literals().size());
    assertTrue(m.rules().get(0).isDefault());
    assertEquals(1, m.rules().get(3).head().ref().path().size());
    assertTrue(m.rules().get(4).head().isFunction());
    assertTrue(m.rules().get(4).elseRule() != null);
  }

  @Test
  void printedModuleParsesToTheSameTree() {
    Module m = Parser.parseModule("p.rego", POLICY);
    assertEquals(m, Parser.parseModule("p.rego", Printer.print(m)));
  }

  @Test
  void keywordsMayNameReferenceSegmentsAndRules() {
    Module m =
        Parser.parseModule(
            "k.rego",
            """
            package foo.contains

            if.x := input.default.in

            p if not else.y
            """);
    assertEquals(2, m.rules().size());
    Ref head = m.rules().get(0).head().ref();
    assertEquals("if.x", head.dottedName());
  }

  @Test
  void infixOperatorsFollowPrecedence() {
    var body = Parser.parseQuery("x := 1 + 2 * 3 == 7");
    Expr.Assign a = assertInstanceOf(Expr.Assign.class, body.literals().get(0).expr());
    Call eq = assertInstanceOf(Call.class, a.right());
    assertEquals("equal", eq.name());
    assertEquals("plus", ((Call) eq.args().get(0)).name());
  }

  @Test
  void parseErrorsNameFileLineColumnAndToken() {
    RegoParseException e =
        assertThrows(
            RegoParseException.class,
            () -> Parser.parseModule("bad.rego", "package p\n\np if {\n  x := \n}\n"));
    assertEquals("bad.rego:5:1: rego_parse_error: unexpected } token", e.getMessage());
  }

  @Test
  void unterminatedStringIsReported() {
    RegoParseException e =
        assertThrows(
            RegoParseException.class,
            () -> Parser.parseModule("s.rego", "package p\nx := \"abc\n"));
    assertTrue(e.getMessage().startsWith("s.rego:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("rego_parse_error: non-terminated string"));
  }
}
