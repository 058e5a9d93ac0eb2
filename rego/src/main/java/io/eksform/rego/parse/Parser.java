package io.eksform.rego.parse;

import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Import;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.parse.Token.Kind;
import io.eksform.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;

public final class Parser extends TermParser {
  /** The version rules are checked against; v0 files that import rego.v1 switch to v1. */
  private RegoVersion version;

  private Parser(String src, String file, int[] wildcardSeed, RegoVersion version) {
    super(src, file, wildcardSeed[0]);
    setVersion(version);
  }

  private void setVersion(RegoVersion version) {
    this.version = version;
    if (version == RegoVersion.V1) {
      keywords.addAll(RegoVersion.FUTURE_KEYWORDS);
    }
  }

  /** Parses one module as Rego v1; {@code file} names it in locations and errors. */
  public static Module parseModule(String file, String src) {
    return parseModule(file, src, RegoVersion.V1);
  }

  /**
   * Parses one module with the given Rego version. In v0 a module that imports {@code rego.v1} is
   * read as v1, and {@code future.keywords} imports reserve their keywords, as in OPA.
   */
  public static Module parseModule(String file, String src, RegoVersion version) {
    try {
      return new Parser(src, file, new int[] {0}, version).module();
    } catch (StackOverflowError e) {
      // the nesting bound should come first; this is the backstop for a small thread stack
      throw new RegoParseException(
          new io.eksform.rego.ast.Location(file, 1, 1),
          "max parsing recursion depth reached: the module nests too deeply");
    }
  }

  /** Parses a query: literals separated by {@code ;} or newlines. */
  public static Body parseQuery(String src) {
    return parseQuery(src, RegoVersion.V1);
  }

  /** Parses a query with the keywords of the given Rego version. */
  public static Body parseQuery(String src, RegoVersion version) {
    Parser p = new Parser(src, "query", new int[] {0}, version);
    Body body = p.literals(Kind.EOF);
    p.expect(Kind.EOF);
    return body;
  }

  /** Parses a single term, e.g. an {@code input_term}. */
  public static Term parseTerm(String src) {
    Parser p = new Parser(src, "term", new int[] {0}, RegoVersion.V1);
    Term t = p.term(false);
    p.expect(Kind.EOF);
    return t;
  }

  /** Parses an embedded template expression with this parser's wildcard numbering. */
  @Override
  Term subTerm(String src, Location at) {
    Parser p = new Parser(src, file, new int[] {wildcards}, version);
    p.keywords.addAll(keywords);
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
    int packageRow = next().row();
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
      importKeywords(path);
    }
    List<Rule> rules = new ArrayList<>();
    List<Integer> ruleRows = new ArrayList<>();
    while (!peek().is(Kind.EOF)) {
      if ((peek().isIdent("package") || peek().isIdent("import")) && !isRefStart(1)) {
        throw error(peek(), "unexpected " + peek().text() + " keyword");
      }
      Rule rule = rule();
      rules.add(rule);
      ruleRows.add(rule.location().row());
      // p { a } { b } defines p twice with one head, as OPA allows
      while (!rule.isDefault() && peek().is(Kind.LBRACE)) {
        if (rule.elseRule() != null) {
          throw error(peek(), "expected else keyword");
        }
        Token at = peek();
        rules.add(new Rule(rule.head(), bracedBody(), null, false, loc(at)));
        ruleRows.add(at.row());
      }
    }
    return new Module(
        pkg, imports, rules, file, version, Annotations.read(comments, packageRow, ruleRows, file));
  }

  /** {@code import rego.v1} makes a v0 file v1; {@code future.keywords[.x]} reserves keywords. */
  private void importKeywords(Ref path) {
    String root = ((Var) path.head()).name();
    List<String> rest = new ArrayList<>();
    for (Term t : path.path()) {
      rest.add(((StringValue) ((Scalar) t).value()).value());
    }
    if (root.equals("rego") && rest.equals(List.of("v1"))) {
      setVersion(RegoVersion.V1);
    } else if (root.equals("future") && !rest.isEmpty() && rest.get(0).equals("keywords")) {
      if (rest.size() == 1) {
        keywords.addAll(RegoVersion.FUTURE_KEYWORDS);
      } else if (RegoVersion.FUTURE_KEYWORDS.contains(rest.get(1))) {
        keywords.add(rest.get(1));
        if (rest.get(1).equals("every")) {
          keywords.add("in"); // every's domain is written with in, so OPA reserves both
        }
      }
    }
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
        && (!(isKeyword(peek(1), "if") || isKeyword(peek(1), "contains")) || isRefStart(2))) {
      next();
      isDefault = true;
    }
    Ref ref = headRef();
    List<Term> args = null;
    if (peek().is(Kind.LPAREN) && !peek().spaceBefore()) {
      next();
      args = termList(Kind.RPAREN);
      if (args.isEmpty()) {
        args = null; // OPA reads f() = 1 as the constant f = 1: a function needs arguments
      }
    }
    Term key = null;
    boolean usesContains = false;
    if (isKeyword(peek(), "contains")) {
      next();
      key = term(false);
      usesContains = true;
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
    boolean hasIf = isKeyword(peek(), "if");
    if (!hasIf && !usesContains && args == null && ref.path().size() == 1 && value == null) {
      // p[x] without if, contains or value is a partial set in both versions (v1 refuses it below)
      head =
          new Head(
              new Ref(ref.head(), List.of(), ref.location()), null, ref.path().get(0), null, false);
    }
    boolean braced = !hasIf && peek().is(Kind.LBRACE) && !peek().newlineBefore();
    if (version == RegoVersion.V1) {
      v1Checks(start, head, hasIf, braced, usesContains);
    }
    Body body = ruleBody();
    Rule elseRule = elseChain(head);
    return new Rule(head, body, elseRule, false, loc(start));
  }

  /** The rules OPA 1.x adds for v0-style heads, with its texts and a hint at v0. */
  private void v1Checks(Token start, Head head, boolean hasIf, boolean braced, boolean contains) {
    List<String> problems = new ArrayList<>();
    if (braced) {
      problems.add(
          "`if` keyword is required before " + (head.isFunction() ? "function" : "rule") + " body");
    }
    if (head.isMultiValue() && !contains) {
      problems.add("`contains` keyword is required for partial set rules");
    }
    if (!problems.isEmpty()) {
      throw new RegoParseException(
          loc(start),
          String.join("\n" + loc(start).text() + ": rego_parse_error: ", problems),
          V0_HINT);
    }
  }

  /** What a user with a policy written for OPA 0.x can do. */
  static final String V0_HINT =
      "this is Rego v0 syntax: run with --rego-version v0 (or regoVersion: v0 in .eksform.yaml),"
          + " or add `if` and `contains` as OPA 1.x requires";

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
    if (isKeyword(peek(), "if")) {
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
    } else if (isKeyword(peek(), "every") && !isRefStart(1)) {
      expr = every();
    } else {
      Term left = in(true, false);
      if (peek().is(Kind.ASSIGN)) {
        next();
        expr = new Expr.Assign(left, in(true, false));
      } else if (peek().is(Kind.UNIFY)) {
        next();
        expr = new Expr.Unify(left, in(true, false));
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
    if (isKeyword(peek(), "in")) {
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
    if (!isKeyword(peek(), "in")) {
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
