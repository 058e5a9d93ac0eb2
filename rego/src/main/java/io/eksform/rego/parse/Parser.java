package io.eksform.rego.parse;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Import;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.parse.Token.Kind;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A recursive-descent parser for Rego v1 modules, queries and terms. */
public final class Parser {
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

  private final List<Token> tokens;
  private final String file;
  private final TemplateParser templates;
  private int pos;
  private int wildcards;

  private Parser(String src, String file, int[] wildcardSeed) {
    this.tokens = new Lexer(src, file).tokens();
    this.file = file;
    this.wildcards = wildcardSeed[0];
    this.templates = new TemplateParser(this);
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
  Term subTerm(String src, Location at) {
    Parser p = new Parser(src, file, new int[] {wildcards});
    Term t;
    try {
      t = p.term(false);
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
    return new Literal(expr, negated, withs, loc(start));
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

  // ---- terms ---------------------------------------------------------------------------------

  /** A full term expression including {@code in}; {@code noBar} stops at a top-level {@code |}. */
  Term term(boolean noBar) {
    return in(false, noBar);
  }

  private Term in(boolean keyVal, boolean noBar) {
    Term lhs = or(noBar);
    if (keyVal && peek().is(Kind.COMMA) && commaIn()) {
      next();
      Term value = or(noBar);
      Token op = next();
      Term coll = or(noBar);
      lhs = call("internal.member_3", op, List.of(lhs, value, coll));
    }
    while (peek().isIdent("in") && !isRefStart(1)) {
      Token op = next();
      Term rhs = or(noBar);
      lhs = call("internal.member_2", op, List.of(lhs, rhs));
    }
    return lhs;
  }

  /** True when the comma ahead belongs to {@code k, v in xs} at literal level. */
  private boolean commaIn() {
    int save = pos;
    try {
      next();
      or(false);
      return peek().isIdent("in");
    } catch (RegoParseException e) {
      return false;
    } finally {
      pos = save;
    }
  }

  private Term or(boolean noBar) {
    Term lhs = and();
    while (!noBar && peek().is(Kind.BAR) && !peek().newlineBefore()) {
      Token op = next();
      lhs = call("or", op, List.of(lhs, and()));
    }
    return lhs;
  }

  private Term and() {
    Term lhs = relation();
    while (peek().is(Kind.AMP) && !peek().newlineBefore()) {
      Token op = next();
      lhs = call("and", op, List.of(lhs, relation()));
    }
    return lhs;
  }

  private Term relation() {
    Term lhs = arith();
    while (!peek().newlineBefore()) {
      String name =
          switch (peek().kind()) {
            case EQ -> "equal";
            case NEQ -> "neq";
            case LT -> "lt";
            case LTE -> "lte";
            case GT -> "gt";
            case GTE -> "gte";
            default -> null;
          };
      if (name == null) {
        break;
      }
      Token op = next();
      lhs = call(name, op, List.of(lhs, arith()));
    }
    return lhs;
  }

  private Term arith() {
    Term lhs = factor();
    while ((peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) && !peek().newlineBefore()) {
      Token op = next();
      lhs = call(op.is(Kind.PLUS) ? "plus" : "minus", op, List.of(lhs, factor()));
    }
    return lhs;
  }

  private Term factor() {
    Term lhs = unary();
    while (!peek().newlineBefore()) {
      String name =
          switch (peek().kind()) {
            case STAR -> "mul";
            case SLASH -> "div";
            case PERCENT -> "rem";
            default -> null;
          };
      if (name == null) {
        break;
      }
      Token op = next();
      lhs = call(name, op, List.of(lhs, unary()));
    }
    return lhs;
  }

  private Term unary() {
    if (peek().is(Kind.MINUS)) {
      Token op = next();
      if (peek().is(Kind.NUMBER) && !peek().spaceBefore()) {
        Token n = next();
        return suffixes(new Scalar(NumberValue.parse("-" + n.text()), loc(op)));
      }
      Term operand = unary();
      return call("minus", op, List.of(new Scalar(NumberValue.of(0), loc(op)), operand));
    }
    return suffixes(primary());
  }

  private Term primary() {
    Token t = next();
    switch (t.kind()) {
      case NUMBER:
        return new Scalar(NumberValue.parse(t.text()), loc(t));
      case STRING:
      case RAW_STRING:
        return new Scalar(StringValue.of(t.text()), loc(t));
      case TEMPLATE:
      case RAW_TEMPLATE:
        return templates.parse(t.text(), t.is(Kind.RAW_TEMPLATE), loc(t));
      case LBRACK:
        return array(t);
      case LBRACE:
        return braces(t);
      case LPAREN:
        {
          Term inner = in(true, false);
          expect(Kind.RPAREN);
          return inner;
        }
      case IDENT:
        return ident(t);
      default:
        throw error(t, "unexpected " + t.describe() + " token");
    }
  }

  private Term ident(Token t) {
    switch (isRefStart(0) ? "" : t.text()) {
      case "true":
        return new Scalar(BooleanValue.TRUE, loc(t));
      case "false":
        return new Scalar(BooleanValue.FALSE, loc(t));
      case "null":
        return new Scalar(NullValue.INSTANCE, loc(t));
      default:
        break;
    }
    if (t.text().equals("set") && peek().is(Kind.LPAREN) && peek(1).is(Kind.RPAREN)) {
      next();
      next();
      return new SetTerm(List.of(), loc(t));
    }
    if (KEYWORDS.contains(t.text()) && !isRefStart(0)) {
      throw error(t, "unexpected " + t.text() + " keyword");
    }
    if (t.text().equals("_")) {
      return new Var("$" + wildcards++, loc(t));
    }
    return new Var(t.text(), loc(t));
  }

  private Term suffixes(Term base) {
    Term term = base;
    while (true) {
      Token t = peek();
      if (t.spaceBefore()) {
        return term;
      }
      if (t.is(Kind.DOT)) {
        next();
        Token seg = next();
        if (!seg.is(Kind.IDENT)) {
          throw error(seg, "unexpected " + seg.describe() + " token: expected name");
        }
        term = extend(term, new Scalar(StringValue.of(seg.text()), loc(seg)));
      } else if (t.is(Kind.LBRACK)) {
        next();
        Term key = in(false, false);
        expect(Kind.RBRACK);
        term = extend(term, key);
      } else if (t.is(Kind.LPAREN) && (term instanceof Var || term instanceof Ref)) {
        Ref op = term instanceof Ref r ? r : new Ref(term, List.of(), term.location());
        if (op.dottedName() == null) {
          return term;
        }
        next();
        List<Term> args = termList(Kind.RPAREN);
        term = new Call(op, args, op.location());
      } else {
        return term;
      }
    }
  }

  private static Term extend(Term term, Term segment) {
    if (term instanceof Ref r) {
      List<Term> path = new ArrayList<>(r.path());
      path.add(segment);
      return new Ref(r.head(), path, r.location());
    }
    return new Ref(term, List.of(segment), term.location());
  }

  private List<Term> termList(Kind end) {
    List<Term> out = new ArrayList<>();
    while (!peek().is(end)) {
      out.add(term(false));
      if (peek().is(Kind.COMMA)) {
        next();
      } else if (!peek().is(end)) {
        throw error(peek(), "unexpected " + peek().describe() + " token: expected " + end.symbol);
      }
    }
    next();
    return out;
  }

  private Term array(Token open) {
    if (peek().is(Kind.RBRACK)) {
      next();
      return new ArrayTerm(List.of(), loc(open));
    }
    Term first = term(true);
    if (peek().is(Kind.BAR)) {
      next();
      Body body = literals(Kind.RBRACK);
      expect(Kind.RBRACK);
      return new ArrayCompr(first, body, loc(open));
    }
    List<Term> elems = new ArrayList<>();
    elems.add(first);
    if (peek().is(Kind.COMMA)) {
      next();
      elems.addAll(termList(Kind.RBRACK));
    } else {
      expect(Kind.RBRACK);
    }
    return new ArrayTerm(elems, loc(open));
  }

  private Term braces(Token open) {
    if (peek().is(Kind.RBRACE)) {
      next();
      return new ObjectTerm(List.of(), loc(open));
    }
    Term first = term(true);
    if (peek().is(Kind.COLON)) {
      next();
      Term value = term(true);
      if (peek().is(Kind.BAR)) {
        next();
        Body body = literals(Kind.RBRACE);
        expect(Kind.RBRACE);
        return new ObjectCompr(first, value, body, loc(open));
      }
      List<ObjectTerm.Entry> entries = new ArrayList<>();
      entries.add(new ObjectTerm.Entry(first, value));
      while (peek().is(Kind.COMMA)) {
        next();
        if (peek().is(Kind.RBRACE)) {
          break;
        }
        Term k = term(false);
        expect(Kind.COLON);
        entries.add(new ObjectTerm.Entry(k, term(false)));
      }
      expect(Kind.RBRACE);
      return new ObjectTerm(entries, loc(open));
    }
    if (peek().is(Kind.BAR)) {
      next();
      Body body = literals(Kind.RBRACE);
      expect(Kind.RBRACE);
      return new SetCompr(first, body, loc(open));
    }
    List<Term> elems = new ArrayList<>();
    elems.add(first);
    if (peek().is(Kind.COMMA)) {
      next();
      elems.addAll(termList(Kind.RBRACE));
    } else {
      expect(Kind.RBRACE);
    }
    return new SetTerm(elems, loc(open));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static boolean isConstant(String word) {
    return word.equals("true") || word.equals("false") || word.equals("null");
  }

  /** True when the token at {@code offset} directly continues a reference or call. */
  private boolean isRefStart(int offset) {
    Token after = peek(offset);
    return !after.spaceBefore()
        && (after.is(Kind.DOT) || after.is(Kind.LBRACK) || after.is(Kind.LPAREN));
  }

  private Call call(String name, Token at, List<Term> args) {
    return new Call(operatorRef(name, loc(at)), args, loc(at));
  }

  /** The reference naming an operator or builtin, e.g. {@code internal.member_2}. */
  public static Ref operatorRef(String name, Location at) {
    String[] parts = name.split("\\.");
    List<Term> path = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      path.add(new Scalar(StringValue.of(parts[i]), at));
    }
    return new Ref(new Var(parts[0], at), path, at);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (pos < tokens.size() - 1) {
      pos++;
    }
    return t;
  }

  private Token expect(Kind kind) {
    Token t = peek();
    if (!t.is(kind)) {
      String want = kind.symbol != null ? kind.symbol : kind.name().toLowerCase();
      throw error(t, "unexpected " + t.describe() + " token: expected " + want);
    }
    return next();
  }

  private Location loc(Token t) {
    return new Location(file, t.row(), t.col());
  }

  private RegoParseException error(Token t, String message) {
    return new RegoParseException(loc(t), message);
  }
}
