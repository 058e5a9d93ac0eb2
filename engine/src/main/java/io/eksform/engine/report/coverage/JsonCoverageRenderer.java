package io.eksform.engine.report.coverage;

import io.eksform.engine.ledger.LedgerEntry;
import java.io.IOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The ledger as JSON: {@code formatVersion}, the counts, and one object per field. */
final class JsonCoverageRenderer implements CoverageRenderer {
  static final String FORMAT_VERSION = "1.0";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public void render(List<LedgerEntry> entries, Appendable out) throws IOException {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode counts = root.putObject("counts");
    CoverageCounts.of(entries).forEach((d, n) -> counts.put(d.word(), n));
    ArrayNode fields = root.putArray("fields");
    for (LedgerEntry e : entries) {
      ObjectNode f = fields.addObject();
      f.put("path", e.path());
      f.put("field", e.dotted());
      f.put("section", e.section());
      f.put("kind", e.kind());
      f.put("disposition", e.disposition().word());
      f.put("since", e.since().orElse(null));
      f.put("inert", e.inert().orElse(null));
      f.put("reason", e.reason());
    }
    out.append(
            JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root))
        .append('\n');
  }
}
