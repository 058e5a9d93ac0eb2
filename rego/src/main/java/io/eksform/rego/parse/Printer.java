package io.eksform.rego.parse;

import io.eksform.rego.ast.ArrayCompr;
import io.eksform.rego.ast.ArrayTerm;
import io.eksform.rego.ast.Body;
import io.eksform.rego.ast.Call;
import io.eksform.rego.ast.Expr;
import io.eksform.rego.ast.Head;
import io.eksform.rego.ast.Import;
import io.eksform.rego.ast.Literal;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.ObjectCompr;
import io.eksform.rego.ast.ObjectTerm;
import io.eksform.rego.ast.Ref;
import io.eksform.rego.ast.Rule;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.SetCompr;
import io.eksform.rego.ast.SetTerm;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.ast.Var;
import io.eksform.rego.ast.With;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.ValuePrinter;
import java.util.List;
import java.util.Map;

/**
 * Prints a syntax tree back as Rego v1 text that parses to an equal tree. Operators are printed
 * infix and fully parenthesised, so precedence never changes the meaning.
 */
public final class Printer {
  private static final Map<String, String> INFIX =
      Map.ofEntries(
          Map.entry("plus", "+"),
          Map.entry("minus", "-"),
          Map.entry("mul", "*"),
          Map.entry("div", "/"),
          Map.entry("rem", "%"),
          Map.entry("equal", "=="),
          Map.entry("neq", "!="),
          Map.entry("lt", "<"),
          Map.entry("lte", "<="),
          Map.entry("gt", ">"),
          Map.entry("gte", ">="),
          Map.entry("and", "&"),
          Map.entry("or", "|"),
          Map.entry("internal.member_2", "in"));

  private final StringBuilder out = new StringBuilder();

  private Printer() {}

  /** The module as Rego text. */
  public static String print(Module m) {
    Printer p = new Printer();
    p.module(m);
    return p.out.toString();
  }

  /** One term as Rego text. */
  public static String print(Term t) {
    Printer p = new Printer();
    p.term(t);
    return p.out.toString();
  }

  /** One body literal as Rego text, {@code not} and {@code with} included. */
  public static String print(Literal l) {
    Printer p = new Printer();
    p.literal(l);
    return p.out.toString();
  }

  private void module(Module m) {
    out.append("package ");
    term(m.packagePath());
    out.append("\n\n");
    for (Import i : m.imports()) {
      out.append("import ");
      term(i.path());
      if (i.alias() != null) {
        out.append(" as ").append(i.alias());
      }
      out.append('\n');
    }
    for (Rule r : m.rules()) {
      out.append('\n');
      rule(r);
      out.append('\n');
    }
  }

  private void rule(Rule r) {
    Head h = r.head();
    if (r.isDefault()) {
      out.append("default ");
    }
    term(h.ref());
    if (h.args() != null) {
      out.append('(');
      list(h.args());
      out.append(')');
    }
    if (h.key() != null) {
      out.append(" contains ");
      term(h.key());
    }
    value(h);
    ruleBody(r.body());
    for (Rule e = r.elseRule(); e != null; e = e.elseRule()) {
      out.append(" else");
      value(e.head());
      ruleBody(e.body());
    }
  }

  private void value(Head h) {
    if (h.value() != null) {
      out.append(h.assign() ? " := " : " = ");
      term(h.value());
    }
  }

  private void ruleBody(Body b) {
    if (b.literals().isEmpty()) {
      return;
    }
    out.append(" if {\n");
    for (Literal l : b.literals()) {
      out.append('\t');
      literal(l);
      out.append('\n');
    }
    out.append('}');
  }

  private void inlineBody(Body b) {
    for (int i = 0; i < b.literals().size(); i++) {
      if (i > 0) {
        out.append("; ");
      }
      literal(b.literals().get(i));
    }
  }

  private void literal(Literal l) {
    if (l.negated()) {
      out.append("not ");
    }
    Expr e = l.expr();
    if (e instanceof Expr.TermExpr t) {
      term(t.term());
    } else if (e instanceof Expr.Unify u) {
      term(u.left());
      out.append(" = ");
      term(u.right());
    } else if (e instanceof Expr.Assign a) {
      term(a.left());
      out.append(" := ");
      term(a.right());
    } else if (e instanceof Expr.SomeVars s) {
      out.append("some ");
      list(List.copyOf(s.vars()));
    } else if (e instanceof Expr.SomeIn s) {
      out.append("some ");
      if (s.key() != null) {
        term(s.key());
        out.append(", ");
      }
      term(s.value());
      out.append(" in ");
      term(s.collection());
    } else if (e instanceof Expr.Every ev) {
      out.append("every ");
      if (ev.key() != null) {
        term(ev.key());
        out.append(", ");
      }
      term(ev.value());
      out.append(" in ");
      term(ev.domain());
      out.append(" { ");
      inlineBody(ev.body());
      out.append(" }");
    } else if (e instanceof Expr.Block b) {
      out.append("{ ");
      inlineBody(b.body());
      out.append(" }");
    }
    for (With w : l.withs()) {
      out.append(" with ");
      term(w.target());
      out.append(" as ");
      term(w.value());
    }
  }

  private void list(List<? extends Term> ts) {
    for (int i = 0; i < ts.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      term(ts.get(i));
    }
  }

  private void term(Term t) {
    if (t instanceof Scalar s) {
      out.append(ValuePrinter.rego(s.value()));
    } else if (t instanceof Var v) {
      out.append(v.isWildcard() ? "_" : v.name());
    } else if (t instanceof Ref r) {
      ref(r);
    } else if (t instanceof Call c) {
      call(c);
    } else if (t instanceof ArrayTerm a) {
      out.append('[');
      list(a.elements());
      out.append(']');
    } else if (t instanceof SetTerm s) {
      if (s.elements().isEmpty()) {
        out.append("set()");
      } else {
        out.append('{');
        list(s.elements());
        out.append('}');
      }
    } else if (t instanceof ObjectTerm o) {
      out.append('{');
      for (int i = 0; i < o.entries().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        term(o.entries().get(i).key());
        out.append(": ");
        term(o.entries().get(i).value());
      }
      out.append('}');
    } else if (t instanceof ArrayCompr c) {
      out.append('[');
      term(c.head());
      out.append(" | ");
      inlineBody(c.body());
      out.append(']');
    } else if (t instanceof SetCompr c) {
      out.append('{');
      term(c.head());
      out.append(" | ");
      inlineBody(c.body());
      out.append('}');
    } else if (t instanceof ObjectCompr c) {
      out.append('{');
      term(c.key());
      out.append(": ");
      term(c.value());
      out.append(" | ");
      inlineBody(c.body());
      out.append('}');
    } else if (t instanceof TemplateString ts) {
      template(ts);
    } else if (t instanceof io.eksform.rego.ast.WithTerm w) {
      term(w.term());
      for (With x : w.withs()) {
        out.append(" with ");
        term(x.target());
        out.append(" as ");
        term(x.value());
      }
    }
  }

  private void ref(Ref r) {
    boolean wrap = !(r.head() instanceof Var || r.head() instanceof Call);
    if (wrap) {
      out.append('(');
    }
    term(r.head());
    if (wrap) {
      out.append(')');
    }
    for (Term seg : r.path()) {
      if (seg instanceof Scalar s
          && s.value() instanceof StringValue str
          && isIdentifier(str.value())) {
        out.append('.').append(str.value());
      } else {
        out.append('[');
        term(seg);
        out.append(']');
      }
    }
  }

  private void call(Call c) {
    String name = c.name();
    String op = INFIX.get(name);
    if (op != null && c.args().size() == 2) {
      out.append('(');
      term(c.args().get(0));
      out.append(' ').append(op).append(' ');
      term(c.args().get(1));
      out.append(')');
      return;
    }
    if (name.equals("internal.member_3") && c.args().size() == 3) {
      out.append('(');
      term(c.args().get(0));
      out.append(", ");
      term(c.args().get(1));
      out.append(" in ");
      term(c.args().get(2));
      out.append(')');
      return;
    }
    ref(c.operator());
    out.append('(');
    list(c.args());
    out.append(')');
  }

  private void template(TemplateString ts) {
    out.append("$\"");
    for (Term part : ts.parts()) {
      if (part instanceof Scalar s && s.value() instanceof StringValue str) {
        String q = ValuePrinter.quote(str.value());
        out.append(q, 1, q.length() - 1).append("");
        int start = out.length() - (q.length() - 2);
        for (int i = out.length() - 1; i >= start; i--) {
          if (out.charAt(i) == '{') {
            out.insert(i, '\\');
          }
        }
      } else {
        out.append('{');
        term(part);
        out.append('}');
      }
    }
    out.append('"');
  }

  /** True when {@code s} can follow a dot in a reference. */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
