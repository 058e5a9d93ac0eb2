package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML 1.2 (and so JSON) text into Jackson trees with a {@link SourceMap} per document,
 * through Jackson's YAML module. It reports duplicate keys at their second occurrence, expands
 * aliases and merge keys within {@link YamlLimits}, and turns syntax errors into findings with the
 * position the YAML parser gives.
 */
public final class YamlTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MERGE_KEY = "<<";
  private static final java.util.Set<String> NULL_WORDS =
      java.util.Set.of("~", "null", "Null", "NULL");

  /**
   * The largest power of ten a number may be written with, either way: Jackson bounds the digits of
   * a number, not its exponent, and spelling out {@code 1e9999999} costs minutes.
   */
  static final int MAX_EXPONENT = 1000;

  private final YAMLFactory factory;
  private final YamlLimits limits;

  public YamlTreeReader(YamlLimits limits, long maxChars) {
    this.limits = limits;
    int codePoints = (int) Math.min(Integer.MAX_VALUE, Math.max(maxChars, 1024));
    this.factory =
        YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(codePoints).build())
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxDocumentLength(maxChars)
                    .build())
            .disable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(tools.jackson.dataformat.yaml.YAMLReadFeature.EMPTY_STRING_AS_NULL)
            .build();
  }

  /** The documents of a file, and the findings met while reading them. */
  public record Result(List<YamlDocument> documents, List<Diagnostic> problems) {}

  /**
   * Reads every document of {@code source}; a syntax error ends the file but keeps earlier ones.
   */
  public Result read(SourceText source) {
    List<YamlDocument> documents = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    try (YAMLParser parser =
        (YAMLParser)
            factory.createParser(
                tools.jackson.core.ObjectReadContext.empty(), new StringReader(source.text()))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        DocumentBuilder builder = new DocumentBuilder(parser, source, problems);
        try {
          JsonNode root = builder.value(token, "", 0);
          documents.add(
              new YamlDocument(
                  documents.size(),
                  root,
                  new SourceMap(source.name(), builder.values, builder.keys),
                  builder.numberTexts));
        } catch (LimitExceeded e) {
          problems.add(e.diagnostic);
          return new Result(documents, problems);
        }
      }
    } catch (JacksonException e) {
      problems.add(syntaxError(source.name(), e));
    } catch (RuntimeException e) {
      problems.add(syntaxError(source.name(), e));
    }
    return new Result(documents, problems);
  }

  private static Diagnostic syntaxError(String file, Exception e) {
    MarkedYamlEngineException marked = findMarked(e);
    if (marked != null && marked.getProblemMark().isPresent()) {
      var mark = marked.getProblemMark().get();
      String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
      String context = marked.getContext();
      String message =
          context == null || context.isBlank()
              ? "YAML syntax error: " + problem
              : "YAML syntax error " + context + ": " + problem;
      return InputProblem.at(
              "yaml/syntax",
              Severity.ERROR,
              file,
              new Position(mark.getLine() + 1, mark.getColumn() + 1),
              "",
              message)
          .withHint("check the indentation and quoting around this line");
    }
    if (e instanceof StreamReadException sre && sre.getLocation() != null) {
      TokenStreamLocation loc = sre.getLocation();
      return InputProblem.at(
          "yaml/syntax",
          Severity.ERROR,
          file,
          new Position(Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0)),
          "",
          "YAML syntax error: " + sre.getOriginalMessage());
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return InputProblem.file(
        "yaml/syntax", Severity.ERROR, file, "YAML syntax error: " + firstLine(message));
  }

  private static MarkedYamlEngineException findMarked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException m) {
        return m;
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Stops reading a document that breaks a limit (an alias bomb, for instance). */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Diagnostic diagnostic;

    LimitExceeded(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }
  }

  /** Builds one document's tree and source map from the parser's tokens. */
  private final class DocumentBuilder {
    private final YAMLParser parser;
    private final String file;
    private final List<String> lines;
    private final List<Diagnostic> problems;
    final Map<String, Position> values = new HashMap<>();
    final Map<String, Position> keys = new HashMap<>();
    final Map<String, String> numberTexts = new HashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<String, String> anchorPointers = new HashMap<>();
    private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
    private int aliases;
    private long nodes;
    private long positions;
    // Inside the value of a merge key, nothing is recorded: that value is not part of the
    // document, only the members it lends are, and its own positions would multiply under
    // merges of merges.
    private int mergeDepth;

    DocumentBuilder(YAMLParser parser, SourceText source, List<Diagnostic> problems) {
      this.parser = parser;
      this.file = source.name();
      this.lines = source.lines();
      this.problems = problems;
    }

    JsonNode value(JsonToken token, String pointer, int depth) {
      Position pos = position(parser.currentTokenLocation());
      String anchor = anchorOf();
      record(pointer, pos);
      countNodes(1, pos, pointer);
      JsonNode node;
      if (token == JsonToken.START_OBJECT) {
        node = object(pointer, depth);
      } else if (token == JsonToken.START_ARRAY) {
        node = array(pointer, depth);
      } else if (token == JsonToken.VALUE_STRING && parser.isCurrentAlias()) {
        node = alias(parser.getString(), pointer, pos);
      } else {
        node = scalar(token, pointer, pos);
      }
      if (anchor != null) {
        anchors.put(anchor, node);
        anchorPointers.put(anchor, pointer);
      }
      return node;
    }

    private String anchorOf() {
      Object id = parser.getObjectId();
      return id == null ? null : id.toString();
    }

    private ObjectNode object(String pointer, int depth) {
      ObjectNode obj = NODES.objectNode();
      Map<String, Position> seen = new LinkedHashMap<>();
      List<JsonNode> merges = new ArrayList<>();
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        Position keyPos = position(parser.currentTokenLocation());
        String child = JsonPointers.child(pointer, name);
        JsonToken valueToken = parser.nextToken();
        if (MERGE_KEY.equals(name)) {
          mergeDepth++;
          try {
            merges.add(value(valueToken, child, depth + 1));
          } finally {
            mergeDepth--;
          }
          continue;
        }
        Position first = seen.get(name);
        if (first != null) {
          problems.add(
              InputProblem.at(
                      "yaml/duplicate-key",
                      Severity.ERROR,
                      file,
                      keyPos,
                      child,
                      "duplicate key '"
                          + name
                          + "' (first defined at line "
                          + first.line()
                          + "); eksctl refuses files with duplicate keys")
                  .withHint("remove one of the two '" + name + "' entries"));
          skipValue(valueToken);
          continue;
        }
        seen.put(name, keyPos);
        keys.put(child, keyPos);
        obj.set(name, value(valueToken, child, depth + 1));
      }
      for (JsonNode merged : merges) {
        mergeInto(obj, merged, pointer);
      }
      return obj;
    }

    private void mergeInto(ObjectNode target, JsonNode merged, String pointer) {
      if (merged.isArray()) {
        for (JsonNode each : merged) {
          mergeInto(target, each, pointer);
        }
        return;
      }
      if (!merged.isObject()) {
        problems.add(
            InputProblem.at(
                "yaml/syntax",
                Severity.ERROR,
                file,
                values.getOrDefault(pointer, Position.UNKNOWN),
                pointer,
                "a merge key '<<' must refer to a mapping"));
        return;
      }
      for (Map.Entry<String, JsonNode> e : merged.properties()) {
        if (!target.has(e.getKey())) {
          target.set(e.getKey(), e.getValue());
          String child = JsonPointers.child(pointer, e.getKey());
          if (mergeDepth == 0 && !values.containsKey(child)) {
            record(child, values.getOrDefault(pointer, Position.UNKNOWN));
          }
        }
      }
    }

    private ArrayNode array(String pointer, int depth) {
      ArrayNode arr = NODES.arrayNode();
      JsonToken t;
      int index = 0;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
        arr.add(value(t, JsonPointers.child(pointer, index), depth + 1));
        index++;
      }
      return arr;
    }

    private JsonNode alias(String name, String pointer, Position pos) {
      JsonNode target = anchors.get(name);
      if (target == null) {
        problems.add(
            InputProblem.at(
                "yaml/syntax",
                Severity.ERROR,
                file,
                pos,
                pointer,
                "alias '*" + name + "' refers to no anchor defined before it"));
        return NODES.nullNode();
      }
      aliases++;
      if (aliases > limits.maxAliases()) {
        throw new LimitExceeded(
            InputProblem.at(
                    "yaml/alias-limit",
                    Severity.ERROR,
                    file,
                    pos,
                    pointer,
                    "too many YAML aliases (more than " + limits.maxAliases() + "); file rejected")
                .withHint("a ClusterConfig rarely needs aliases; expand them by hand"));
      }
      countNodes(sizeOf(target), pos, pointer);
      copyPositions(anchorPointers.get(name), pointer, pos);
      return target;
    }

    private void copyPositions(String from, String to, Position aliasPos) {
      if (from == null || mergeDepth > 0) {
        return;
      }
      List<String> copies = new ArrayList<>();
      for (String p : values.keySet()) {
        if (p.startsWith(from + "/")) {
          copies.add(to + p.substring(from.length()));
        }
      }
      for (String copy : copies) {
        record(copy, aliasPos);
      }
    }

    /**
     * Records where a node is; every position counts against the node limit, so that no expansion,
     * of the tree or of its source map, escapes it.
     */
    private void record(String pointer, Position pos) {
      if (mergeDepth > 0) {
        return;
      }
      positions++;
      if (positions > limits.maxNodes()) {
        throw tooLarge(pos, pointer);
      }
      values.put(pointer, pos);
    }

    private long sizeOf(JsonNode node) {
      Long known = sizes.get(node);
      if (known != null) {
        return known;
      }
      long size = 1;
      if (node.isContainer()) {
        for (JsonNode child : node) {
          size += sizeOf(child);
          if (size > limits.maxNodes()) {
            break;
          }
        }
      }
      sizes.put(node, size);
      return size;
    }

    private void countNodes(long added, Position pos, String pointer) {
      nodes += added;
      if (nodes > limits.maxNodes()) {
        throw tooLarge(pos, pointer);
      }
    }

    private LimitExceeded tooLarge(Position pos, String pointer) {
      if (aliases == 0) {
        return new LimitExceeded(
            InputProblem.at(
                    "yaml/alias-limit",
                    Severity.ERROR,
                    file,
                    pos,
                    pointer,
                    "document has more than "
                        + limits.maxNodes()
                        + " nodes (values, list entries and mappings); file rejected")
                .withHint(
                    "a ClusterConfig is far smaller; split the file or remove what eksctl does not"
                        + " read"));
      }
      return new LimitExceeded(
          InputProblem.at(
                  "yaml/alias-limit",
                  Severity.ERROR,
                  file,
                  pos,
                  pointer,
                  "document grows past "
                      + limits.maxNodes()
                      + " nodes once its "
                      + aliases
                      + " aliases and merge keys are expanded; file rejected")
              .withHint("write the values out instead of nesting aliases"));
    }

    private JsonNode scalar(JsonToken token, String pointer, Position pos) {
      switch (token) {
        case VALUE_NULL:
          return NODES.nullNode();
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NUMBER_INT:
          numberTexts.put(pointer, parser.getString());
          return NODES.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          String written = parser.getString();
          numberTexts.put(pointer, written);
          java.math.BigDecimal decimal;
          try {
            decimal = parser.getDecimalValue();
          } catch (RuntimeException notFinite) {
            // .inf and .nan have no decimal form; keep them as the text the user wrote.
            return isInfinityOrNan(written)
                ? NODES.stringNode(written)
                : outOfRange(written, pointer, pos);
          }
          if (Math.abs((long) decimal.scale()) > MAX_EXPONENT) {
            return outOfRange(written, pointer, pos);
          }
          return NODES.numberNode(decimal);
        default:
          String text = parser.getString();
          // YAML 1.2's core schema reads these plain scalars as null; the parser leaves them text.
          if (NULL_WORDS.contains(text) && isPlain(pos)) {
            return NODES.nullNode();
          }
          return NODES.stringNode(text);
      }
    }

    private static boolean isInfinityOrNan(String text) {
      String t = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
      return t.equalsIgnoreCase(".inf") || t.equalsIgnoreCase(".nan");
    }

    /**
     * A number whose exponent is out of bounds is a finding at its line, and the value stays the
     * text it was written as (which the schema check, seeing its number text, does not judge
     * again); the other values and files are read on.
     */
    private JsonNode outOfRange(String written, String pointer, Position pos) {
      String shown = written.length() > 40 ? written.substring(0, 37) + "..." : written;
      problems.add(
          InputProblem.at(
                  "schema/range",
                  Severity.ERROR,
                  file,
                  pos,
                  pointer,
                  "the number "
                      + shown
                      + " is out of range: eksform reads numbers up to 1e"
                      + MAX_EXPONENT
                      + " (and down to 1e-"
                      + MAX_EXPONENT
                      + ")")
              .withHint("write the number you mean; counts and sizes fit in 32 bits"));
      return NODES.stringNode(written);
    }

    private boolean isPlain(Position pos) {
      if (!pos.known() || pos.line() > lines.size()) {
        return false;
      }
      String line = lines.get(pos.line() - 1);
      int i = pos.column() - 1;
      return i < line.length() && line.charAt(i) != '"' && line.charAt(i) != '\'';
    }

    private void skipValue(JsonToken token) {
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        parser.skipChildren();
      }
    }

    private Position position(TokenStreamLocation loc) {
      return loc == null ? Position.UNKNOWN : new Position(loc.getLineNr(), loc.getColumnNr());
    }
  }
}
