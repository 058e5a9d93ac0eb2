package io.eksform.rego.parse;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Import;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.parse.Token.Kind;
import io.eksform.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public final class Parser extends TermParser {
  static final Set<String> KEYWORDS =
      Set.of(
          "package",
          "import",
          "as",
          "default",
          "else",
          "if",
          "contains",
          "some",
          "in",
          "every",
          "not",
          "with");

  private Parser(String src, String file, int[] wildcardSeed) {
    super(src, file, wildcardSeed[0]);
  }

  /** Parses one module; {@code file} names it in locations and errors. */
  public static Module parseModule(String file, String src) {
    return new Parser(src, file, new int[] {0}).module();
  }

  /** Parses a query: literals separated by {@code ;} or newlines. */
  public static Body parseQuery(String src) {
    Parser p = new Parser(src, "query", new int[] {0});
    Body body = p.literals(Kind.EOF);
    p.expect(Kind.EOF);
    return body;
  }

  /** Parses a single term, e.g. an {@code input_term}. */
  public static Term parseTerm(String src) {
    Parser p = new Parser(src, "term", new int[] {0});
    Term t = p.term(false);
    p.expect(Kind.EOF);
    return t;
  }

  /** Parses an embedded template expression with this parser's wildcard numbering. */
  @Override
  Term subTerm(String src, Location at) {
    Parser p = new Parser(src, file, new int[] {wildcards});
    Term t;
    try {
      t = p.term(false);
      List<With> withs = p.withs();
      if (!withs.isEmpty()) {
        t = new io.eksform.rego.ast.WithTerm(t, withs, at);
      }
      p.expect(Kind.EOF);
    } catch (RegoParseException e) {
      throw new RegoParseException(at, e.detail());
    }
    wildcards = p.wildcards;
    return t;
  }

  // ---- modules -------------------------------------------------------------------------------

  private Module module() {
    if (!peek().isIdent("package")) {
      throw error(peek(), "package expected");
    }
    next();
    Ref pkg = nameRef();
    List<Import> imports = new ArrayList<>();
    while (peek().isIdent("import") && !isRefStart(1)) {
      Token at = next();
      Ref path = nameRef();
      String alias = null;
      if (peek().isIdent("as")) {
        next();
        alias = expect(Kind.IDENT).text();
      }
      imports.add(new Import(path, alias, loc(at)));
    }
    List<Rule> rules = new ArrayList<>();
    while (!peek().is(Kind.EOF)) {
      if ((peek().isIdent("package") || peek().isIdent("import")) && !isRefStart(1)) {
        throw error(peek(), "unexpected " + peek().text() + " keyword");
      }
      rules.add(rule());
    }
    return new Module(pkg, imports, rules, file);
  }

  private Ref nameRef() {
    Token first = expect(Kind.IDENT);
    List<Term> path = new ArrayList<>();
    while (true) {
      if (peek().is(Kind.DOT) && !peek().spaceBefore()) {
        next();
        Token seg = expect(Kind.IDENT);
        path.add(new Scalar(StringValue.of(seg.text()), loc(seg)));
      } else if (peek().is(Kind.LBRACK) && !peek().spaceBefore()) {
        next();
        Token s = next();
        if (!s.is(Kind.STRING) && !s.is(Kind.RAW_STRING)) {
          throw error(s, "unexpected " + s.describe() + " token: expected string");
        }
        path.add(new Scalar(StringValue.of(s.text()), loc(s)));
        expect(Kind.RBRACK);
      } else {
        break;
      }
    }
    return new Ref(new Var(first.text(), loc(first)), path, loc(first));
  }

  private Rule rule() {
    Token start = peek();
    boolean isDefault = false;
    if (start.isIdent("default")
        && !isRefStart(1)
        && peek(1).is(Kind.IDENT)
        && (!(peek(1).isIdent("if") || peek(1).isIdent("contains")) || isRefStart(2))) {
      next();
      isDefault = true;
    }
    Ref ref = headRef();
    List<Term> args = null;
    if (peek().is(Kind.LPAREN) && !peek().spaceBefore()) {
      next();
      args = termList(Kind.RPAREN);
    }
    Term key = null;
    if (peek().isIdent("contains")) {
      next();
      key = term(false);
    }
    Term value = null;
    boolean assign = false;
    if (peek().is(Kind.ASSIGN) || peek().is(Kind.UNIFY)) {
      assign = next().is(Kind.ASSIGN);
      value = term(false);
    }
    Head head = new Head(ref, args, key, value, assign);
    if (isDefault) {
      if (value == null) {
        throw error(peek(), "default rules must have a value");
      }
      return new Rule(head, new Body(List.of()), null, true, loc(start));
    }
    Body body = ruleBody();
    Rule elseRule = elseChain(head);
    return new Rule(head, body, elseRule, false, loc(start));
  }

  private Rule elseChain(Head head) {
    if (!peek().isIdent("else") || isRefStart(1)) {
      return null;
    }
    Token at = next();
    Term value = null;
    boolean assign = head.assign();
    if (peek().is(Kind.ASSIGN) || peek().is(Kind.UNIFY)) {
      assign = next().is(Kind.ASSIGN);
      value = term(false);
    }
    Head elseHead = new Head(head.ref(), head.args(), head.key(), value, assign);
    Body body = ruleBody();
    return new Rule(elseHead, body, elseChain(head), false, loc(at));
  }

  private Body ruleBody() {
    if (peek().isIdent("if")) {
      next();
      if (peek().is(Kind.LBRACE)) {
        int save = pos;
        int savedWildcards = wildcards;
        try {
          return bracedBody();
        } catch (RegoParseException e) {
          pos = save;
          wildcards = savedWildcards;
          try {
            return new Body(List.of(literal()));
          } catch (RegoParseException ignored) {
            throw e;
          }
        }
      }
      Literal single = literal();
      return new Body(List.of(single));
    }
    if (peek().is(Kind.LBRACE) && !peek().newlineBefore()) {
      return bracedBody();
    }
    return new Body(List.of());
  }

  private Body bracedBody() {
    expect(Kind.LBRACE);
    Body body = literals(Kind.RBRACE);
    expect(Kind.RBRACE);
    return body;
  }

  private Ref headRef() {
    Token first = next();
    if (!first.is(Kind.IDENT)) {
      throw error(first, "unexpected " + first.describe() + " token: expected rule head");
    }
    if (isConstant(first.text()) && !isRefStart(0)) {
      throw error(first, "unexpected " + first.text() + " token: expected rule head");
    }
    List<Term> path = new ArrayList<>();
    while (true) {
      if (peek().is(Kind.DOT) && !peek().spaceBefore()) {
        next();
        Token seg = expect(Kind.IDENT);
        path.add(new Scalar(StringValue.of(seg.text()), loc(seg)));
      } else if (peek().is(Kind.LBRACK) && !peek().spaceBefore()) {
        next();
        path.add(term(false));
        expect(Kind.RBRACK);
      } else {
        break;
      }
    }
    return new Ref(new Var(first.text(), loc(first)), path, loc(first));
  }

  // ---- bodies --------------------------------------------------------------------------------

  /** Literals until {@code end} (not consumed), separated by {@code ;} or line breaks. */
  @Override
  Body literals(Kind end) {
    List<Literal> out = new ArrayList<>();
    while (!peek().is(end)) {
      out.add(literal());
      if (peek().is(Kind.SEMI)) {
        next();
      } else if (!peek().is(end) && !peek().newlineBefore()) {
        Token t = peek();
        throw error(t, "unexpected " + t.describe() + " token: expected \\n or ; or " + end.symbol);
      }
    }
    if (out.isEmpty() && end != Kind.EOF) {
      throw error(peek(), "found empty body");
    }
    return new Body(out);
  }

  private Literal literal() {
    Token start = peek();
    boolean negated = false;
    if (start.isIdent("not") && !isRefStart(1)) {
      next();
      negated = true;
    }
    Expr expr;
    if (negated && peek().is(Kind.LBRACE)) {
      expr = new Expr.Block(bracedBody());
    } else if (peek().isIdent("some") && !isRefStart(1)) {
      expr = some();
    } else if (peek().isIdent("every") && !isRefStart(1)) {
      expr = every();
    } else {
      Term left = in(true, false);
      if (peek().is(Kind.ASSIGN)) {
        next();
        expr = new Expr.Assign(left, in(false, false));
      } else if (peek().is(Kind.UNIFY)) {
        next();
        expr = new Expr.Unify(left, in(false, false));
      } else {
        expr = new Expr.TermExpr(left);
      }
    }
    return new Literal(expr, negated, withs(), loc(start));
  }

  /** Zero or more {@code with target as value} modifiers. */
  private List<With> withs() {
    List<With> withs = new ArrayList<>();
    while (peek().isIdent("with") && !isRefStart(1)) {
      Token w = next();
      Term target = term(false);
      if (!peek().isIdent("as")) {
        throw error(peek(), "unexpected " + peek().describe() + " token: expected as");
      }
      next();
      Term value = term(false);
      withs.add(new With(target, value, loc(w)));
    }
    return withs;
  }

  private Expr some() {
    next();
    List<Term> terms = new ArrayList<>();
    terms.add(or(false));
    while (peek().is(Kind.COMMA)) {
      next();
      terms.add(or(false));
    }
    if (peek().isIdent("in")) {
      next();
      Term coll = or(false);
      if (terms.size() == 1) {
        return new Expr.SomeIn(null, terms.get(0), coll);
      }
      if (terms.size() == 2) {
        return new Expr.SomeIn(terms.get(0), terms.get(1), coll);
      }
      throw error(peek(), "unexpected , token: expected at most two terms before in");
    }
    List<Var> vars = new ArrayList<>();
    for (Term t : terms) {
      if (!(t instanceof Var v)) {
        throw new RegoParseException(t.location(), "expected var in some declaration");
      }
      vars.add(v);
    }
    return new Expr.SomeVars(vars);
  }

  private Expr every() {
    Token at = next();
    Term first = or(false);
    Term second = null;
    if (peek().is(Kind.COMMA)) {
      next();
      second = or(false);
    }
    if (!peek().isIdent("in")) {
      throw error(peek(), "unexpected " + peek().describe() + " token: expected in");
    }
    next();
    Term domain = or(false);
    if (!peek().is(Kind.LBRACE)) {
      throw error(at, "every requires a body");
    }
    Body body = bracedBody();
    return second == null
        ? new Expr.Every(null, first, domain, body)
        : new Expr.Every(first, second, domain, body);
  }

  /** The reference naming an operator or builtin, e.g. {@code internal.member_2}. */
  public static Ref operatorRef(String name, Location at) {
    return opRef(name, at);
  }
}
