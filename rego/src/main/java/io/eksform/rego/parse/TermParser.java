package io.eksform.rego.parse;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.parse.Token.Kind;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses terms and operator expressions with Rego's precedence ({@code in}, {@code |}, {@code &},
 * comparisons, {@code + -}, {@code * / %}, unary minus), composites, comprehensions and calls.
 */
abstract class TermParser extends TokenStream {
  private final TemplateParser templates;

  TermParser(String src, String file, int wildcardSeed) {
    super(src, file, wildcardSeed);
    this.templates = new TemplateParser(this);
  }

  /** Literals until {@code end} (not consumed); comprehension bodies are parsed through this. */
  abstract Body literals(Kind end);

  /** Parses an embedded template expression with this parser's wildcard numbering. */
  abstract Term subTerm(String src, Location at);

  /** A full term expression including {@code in}; {@code noBar} stops at a top-level {@code |}. */
  Term term(boolean noBar) {
    return in(false, noBar);
  }

  Term in(boolean keyVal, boolean noBar) {
    Term lhs = or(noBar);
    if (keyVal && peek().is(Kind.COMMA) && commaIn()) {
      next();
      Term value = or(noBar);
      Token op = next();
      Term coll = or(noBar);
      lhs = call("internal.member_3", op, List.of(lhs, value, coll));
    }
    while (isKeyword(peek(), "in") && !isRefStart(1)) {
      Token op = next();
      Term rhs = or(noBar);
      lhs = call("internal.member_2", op, List.of(lhs, rhs));
    }
    return lhs;
  }

  /** True when the comma ahead belongs to {@code k, v in xs} at literal level. */
  boolean commaIn() {
    int save = pos;
    try {
      next();
      or(false);
      return isKeyword(peek(), "in");
    } catch (RegoParseException e) {
      return false;
    } finally {
      pos = save;
    }
  }

  Term or(boolean noBar) {
    Term lhs = and();
    while (!noBar && peek().is(Kind.BAR) && !peek().newlineBefore()) {
      Token op = next();
      lhs = call("or", op, List.of(lhs, and()));
    }
    return lhs;
  }

  Term and() {
    Term lhs = relation();
    while (peek().is(Kind.AMP) && !peek().newlineBefore()) {
      Token op = next();
      lhs = call("and", op, List.of(lhs, relation()));
    }
    return lhs;
  }

  Term relation() {
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

  Term arith() {
    Term lhs = factor();
    while ((peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) && !peek().newlineBefore()) {
      Token op = next();
      lhs = call(op.is(Kind.PLUS) ? "plus" : "minus", op, List.of(lhs, factor()));
    }
    return lhs;
  }

  Term factor() {
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

  Term unary() {
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

  /** How deep terms may nest (brackets, braces, parentheses, calls): far beyond real policies. */
  static final int MAX_NESTING = 300;

  private int nesting;

  Term primary() {
    Token t = peek();
    if (++nesting > MAX_NESTING) {
      nesting = 0;
      throw error(
          t,
          "max parsing recursion depth reached: terms nested more than " + MAX_NESTING + " deep");
    }
    try {
      return primaryTerm();
    } finally {
      nesting--;
    }
  }

  private Term primaryTerm() {
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

  Term ident(Token t) {
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
    if (keywords.contains(t.text()) && !isRefStart(0)) {
      throw error(t, "unexpected " + t.text() + " keyword");
    }
    if (t.text().equals("_")) {
      return new Var("$" + wildcards++, loc(t));
    }
    return new Var(t.text(), loc(t));
  }

  Term suffixes(Term base) {
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

  static Term extend(Term term, Term segment) {
    if (term instanceof Ref r) {
      List<Term> path = new ArrayList<>(r.path());
      path.add(segment);
      return new Ref(r.head(), path, r.location());
    }
    return new Ref(term, List.of(segment), term.location());
  }

  List<Term> termList(Kind end) {
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

  Term array(Token open) {
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

  Term braces(Token open) {
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

  static boolean isConstant(String word) {
    return word.equals("true") || word.equals("false") || word.equals("null");
  }

  Call call(String name, Token at, List<Term> args) {
    return new Call(opRef(name, loc(at)), args, loc(at));
  }

  /** The reference naming an operator or builtin, e.g. {@code internal.member_2}. */
  static Ref opRef(String name, Location at) {
    String[] parts = name.split("\\.");
    List<Term> path = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      path.add(new Scalar(StringValue.of(parts[i]), at));
    }
    return new Ref(new Var(parts[0], at), path, at);
  }
}
