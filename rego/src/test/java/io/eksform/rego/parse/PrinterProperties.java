package io.eksform.rego.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Printing a module and parsing the text gives back an equal tree. */
class PrinterProperties {
  private static final Location L = Location.NONE;

  @Property(tries = 300)
  void parseOfPrintIsIdentity(@ForAll("modules") Module m) {
    String text = Printer.print(m);
    assertEquals(m, Parser.parseModule("gen.rego", text), text);
  }

  @Provide
  Arbitrary<Module> modules() {
    Arbitrary<Rule> rule = Arbitraries.oneOf(complete(), multi(), function());
    return Combinators.combine(name("pkg"), rule.list().ofMinSize(1).ofMaxSize(4))
        .as(
            (pkg, rules) ->
                new Module(new Ref(new Var(pkg, L), List.of(), L), List.of(), rules, "gen.rego"));
  }

  private Arbitrary<Rule> complete() {
    Arbitrary<Body> nonEmpty = literal().list().ofMinSize(1).ofMaxSize(2).map(Body::new);
    return Combinators.combine(
            name("r"), term(2), body(), term(1), nonEmpty, Arbitraries.of(true, false))
        .as(
            (n, v, b, ev, eb, withElse) -> {
              Head head = new Head(ref(n), null, null, v, true);
              if (!withElse || b.literals().isEmpty()) {
                return new Rule(head, b, null, false, L);
              }
              Rule elseRule = new Rule(new Head(ref(n), null, null, ev, true), eb, null, false, L);
              return new Rule(head, b, elseRule, false, L);
            });
  }

  private Arbitrary<Rule> multi() {
    return Combinators.combine(name("s"), term(2), body())
        .as((n, k, b) -> new Rule(new Head(ref(n), null, k, null, false), b, null, false, L));
  }

  private Arbitrary<Rule> function() {
    return Combinators.combine(name("f"), var(), term(2), body())
        .as(
            (n, arg, v, b) ->
                new Rule(new Head(ref(n), List.of(arg), null, v, true), b, null, false, L));
  }

  private static Ref ref(String name) {
    return new Ref(new Var(name, L), List.of(), L);
  }

  private Arbitrary<Body> body() {
    return literal().list().ofMaxSize(3).map(Body::new);
  }

  private Arbitrary<Literal> literal() {
    Arbitrary<Expr> expr =
        Arbitraries.oneOf(
            Combinators.combine(var(), inputRef(), call(0))
                .as(
                    (v, dom, c) ->
                        new Expr.Every(
                            null,
                            v,
                            dom,
                            new Body(
                                List.of(new Literal(new Expr.TermExpr(c), false, List.of(), L))))),
            Combinators.combine(var(), term(2)).as(Expr.Assign::new),
            Combinators.combine(var(), term(2)).as(Expr.Unify::new),
            Combinators.combine(var(), term(1)).as((v, c) -> new Expr.SomeIn(null, v, c)),
            call(1).map(Expr.TermExpr::new),
            inputRef().map(Expr.TermExpr::new));
    Arbitrary<List<With>> withs =
        Combinators.combine(name("k"), term(1))
            .as(
                (k, v) ->
                    new With(
                        new Ref(new Var("input", L), List.of(new Scalar(StringValue.of(k), L)), L),
                        v,
                        L))
            .list()
            .ofMaxSize(2);
    return Combinators.combine(expr, Arbitraries.of(true, false), withs)
        .as(
            (e, neg, ws) ->
                new Literal(
                    e,
                    neg && e instanceof Expr.TermExpr,
                    e instanceof Expr.TermExpr ? ws : List.of(),
                    L));
  }

  private Arbitrary<Term> term(int depth) {
    if (depth == 0) {
      return Arbitraries.oneOf(scalar(), var(), inputRef());
    }
    Arbitrary<Term> inner = term(depth - 1);
    return Arbitraries.oneOf(
        scalar(),
        var(),
        inputRef(),
        inner.list().ofMaxSize(3).map(es -> new ArrayTerm(es, L)),
        inner.list().ofMaxSize(3).map(es -> new SetTerm(es, L)),
        Combinators.combine(string(), inner)
            .as((k, v) -> new ObjectTerm(List.of(new ObjectTerm.Entry(k, v)), L)),
        call(depth - 1),
        template(),
        Combinators.combine(var(), inputRef())
            .as(
                (v, coll) ->
                    new ArrayCompr(
                        v,
                        new Body(
                            List.of(
                                new Literal(new Expr.SomeIn(null, v, coll), false, List.of(), L))),
                        L)));
  }

  private Arbitrary<Term> template() {
    Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(6);
    return Combinators.combine(text, var(), text)
        .as(
            (a, v, b) ->
                new TemplateString(
                    List.of(new Scalar(StringValue.of(a), L), v, new Scalar(StringValue.of(b), L)),
                    false,
                    L));
  }

  private Arbitrary<Term> call(int depth) {
    Arbitrary<Term> arg = term(depth);
    Arbitrary<String> op =
        Arbitraries.of("plus", "minus", "equal", "lt", "or", "internal.member_2", "count");
    return Combinators.combine(op, arg, arg)
        .as(
            (o, a, b) ->
                new Call(
                    Parser.operatorRef(o, L), o.equals("count") ? List.of(a) : List.of(a, b), L));
  }

  private Arbitrary<Term> inputRef() {
    return Combinators.combine(name("k"), var())
        .as(
            (k, v) ->
                new Ref(new Var("input", L), List.of(new Scalar(StringValue.of(k), L), v), L));
  }

  private Arbitrary<Term> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.just(new Scalar(NullValue.INSTANCE, L)),
        Arbitraries.of(true, false).map(b -> new Scalar(BooleanValue.of(b), L)),
        Arbitraries.longs().map(n -> new Scalar(NumberValue.of(n), L)),
        string());
  }

  private Arbitrary<Term> string() {
    return Arbitraries.strings().ofMaxLength(8).map(s -> new Scalar(StringValue.of(s), L));
  }

  private Arbitrary<Var> var() {
    return name("v").map(n -> new Var(n, L));
  }

  private static Arbitrary<String> name(String prefix) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(5)
        .map(s -> prefix + s);
  }
}
