package io.eksform.engine.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ledger's tab-separated file: one leaf per line (path, kind, disposition, since, inert,
 * reason; {@code -} for none), {@code #} comments. The file ships inside eksform; a malformed line
 * is a bug of the build, so it fails loudly.
 */
final class LedgerFile {
  static final String RESOURCE = "/io/eksform/engine/ledger/field-ledger.tsv";
  private static final int COLUMNS = 6;

  private LedgerFile() {}

  static List<LedgerEntry> builtIn() {
    try (InputStream in = LedgerFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the field ledger " + RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the field ledger", e);
    }
  }

  static List<LedgerEntry> parse(String text) {
    List<LedgerEntry> out = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
          throw new IllegalStateException(
              "field ledger line " + number + " has " + cells.length + " columns, not " + COLUMNS);
        }
        out.add(
            new LedgerEntry(
                cells[0],
                cells[1],
                Disposition.parse(cells[2]),
                optional(cells[3]),
                optional(cells[4]),
                cells[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Optional<String> optional(String cell) {
    return cell.equals("-") || cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }
}
