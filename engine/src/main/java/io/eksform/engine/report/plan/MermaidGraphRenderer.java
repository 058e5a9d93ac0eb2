package io.eksform.engine.report.plan;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The apply order as a Mermaid {@code flowchart}, which GitHub draws inside a {@code mermaid} code
 * block: one node per change in apply order, labelled with its symbol and address and coloured by
 * action, and an arrow from each change to those that wait for it.
 */
final class MermaidGraphRenderer implements PlanRenderer {

  @Override
  public void render(Plan plan, PlanRenderOptions options, Appendable out) throws IOException {
    ApplyOrder order = ApplyOrder.of(plan);
    out.append("flowchart LR\n");
    if (order.changes().isEmpty()) {
      out.append("  none[\"No changes\"]\n");
      return;
    }
    for (int i = 0; i < order.changes().size(); i++) {
      Change c = order.changes().get(i);
      out.append("  ")
          .append(id(i))
          .append("[\"")
          .append(label(c.action().symbol() + " " + c.address()))
          .append("\"]\n");
    }
    for (ApplyOrder.Edge e : order.edges()) {
      out.append("  ").append(id(e.from())).append(" --> ").append(id(e.to())).append('\n');
    }
    for (Action action : List.of(Action.CREATE, Action.UPDATE, Action.REPLACE, Action.DELETE)) {
      String members =
          IntStream.range(0, order.changes().size())
              .filter(i -> order.changes().get(i).action() == action)
              .mapToObj(MermaidGraphRenderer::id)
              .collect(Collectors.joining(","));
      if (!members.isEmpty()) {
        out.append("  classDef ").append(action.word()).append(' ').append(style(action));
        out.append('\n');
        out.append("  class ").append(members).append(' ').append(action.word()).append('\n');
      }
    }
  }

  private static String id(int position) {
    return "c" + (position + 1);
  }

  private static String style(Action action) {
    return switch (action) {
      case CREATE -> "fill:#dafbe1,stroke:#1a7f37,color:#1a7f37";
      case UPDATE -> "fill:#fff8c5,stroke:#9a6700,color:#9a6700";
      case REPLACE -> "fill:#fbefff,stroke:#8250df,color:#8250df";
      case DELETE, NO_OP -> "fill:#ffebe9,stroke:#cf222e,color:#cf222e";
    };
  }

  /** Mermaid reads entity codes in quoted labels; these characters would end or alter them. */
  static String label(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '`' -> out.append("#96;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
