package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.io.IOException;

/**
 * The apply order as a Graphviz DOT digraph ({@code dot -Tsvg}): one box per change in apply order,
 * labelled with its symbol and address and coloured by action, and an edge from each change to
 * those that wait for it.
 */
final class DotGraphRenderer implements PlanRenderer {

  @Override
  public void render(Plan plan, PlanRenderOptions options, Appendable out) throws IOException {
    ApplyOrder order = ApplyOrder.of(plan);
    out.append("digraph plan {\n")
        .append("  label=")
        .append(quoted("eksform apply order for cluster " + plan.target().cluster()))
        .append(";\n")
        .append("  rankdir=LR;\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    if (order.changes().isEmpty()) {
      out.append("  none [label=\"No changes\", fillcolor=\"#eeeeee\"];\n");
    }
    for (int i = 0; i < order.changes().size(); i++) {
      Change c = order.changes().get(i);
      out.append("  c")
          .append(Integer.toString(i + 1))
          .append(" [label=")
          .append(quoted(c.action().symbol() + " " + c.address()))
          .append(", fillcolor=\"")
          .append(colour(c))
          .append("\"];\n");
    }
    for (ApplyOrder.Edge e : order.edges()) {
      out.append("  c")
          .append(Integer.toString(e.from() + 1))
          .append(" -> c")
          .append(Integer.toString(e.to() + 1))
          .append(";\n");
    }
    out.append("}\n");
  }

  private static String colour(Change c) {
    return switch (c.action()) {
      case CREATE -> "#dafbe1";
      case UPDATE -> "#fff8c5";
      case REPLACE -> "#fbefff";
      case DELETE, NO_OP -> "#ffebe9";
    };
  }

  /** A DOT string: backslashes and quotes escaped, line breaks as spaces. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
