package io.eksform.rego.builtins;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A Jackson YAML factory whose parser reads untagged plain scalars with YAML 1.1 rules, as OPA's
 * go-yaml does: {@code ~}, {@code yes}/{@code no}/{@code on}/{@code off}, {@code 0x1F}, {@code
 * 017}, {@code 1_000} and {@code .5} are null, booleans and numbers rather than strings.
 */
final class Yaml11Factory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> TRUES =
      Set.of("y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE");
  private static final Set<String> FALSES =
      Set.of("n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE");
  private static final Pattern INT =
      Pattern.compile("([-+]?)(0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|([0-9]+))");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  Yaml11Factory() {
    super(YAMLFactory.builder());
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, Reader r) {
    return new Parser(
        ctxt,
        io,
        _getBufferRecycler(),
        ctxt.getStreamReadFeatures(_streamReadFeatures),
        ctxt.getFormatReadFeatures(_formatReadFeatures),
        _loadSettings,
        r);
  }

  @Override
  protected YAMLParser _createParser(
      ObjectReadContext ctxt, IOContext io, char[] data, int offset, int len, boolean recyclable) {
    return _createParser(ctxt, io, new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(
      ObjectReadContext ctxt, IOContext io, byte[] data, int offset, int len) {
    return _createParser(
        ctxt,
        io,
        new InputStreamReader(
            new java.io.ByteArrayInputStream(data, offset, len), StandardCharsets.UTF_8));
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, InputStream in) {
    return _createParser(ctxt, io, new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The number a YAML 1.1 plain scalar denotes, or null when it is not a number. */
  static BigDecimal number(String plain) {
    String s = plain.replace("_", "");
    Matcher m = INT.matcher(s);
    if (m.matches()) {
      BigInteger v;
      if (m.group(3) != null) {
        v = new BigInteger(m.group(3), 16);
      } else if (m.group(4) != null) {
        v = new BigInteger(m.group(4), 8);
      } else if (m.group(5) != null) {
        v = new BigInteger(m.group(5), 2);
      } else if (m.group(6) != null) {
        v = new BigInteger(m.group(6), 8);
      } else {
        v = new BigInteger(m.group(7));
      }
      return new BigDecimal(m.group(1).equals("-") ? v.negate() : v);
    }
    if (FLOAT.matcher(s).matches()) {
      return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }
    return null;
  }

  /** The parser: YAML 1.1 resolution for plain scalars without an explicit tag. */
  private static final class Parser extends YAMLParser {
    Parser(
        ObjectReadContext ctxt,
        IOContext io,
        BufferRecycler recycler,
        int streamFeatures,
        int formatFeatures,
        LoadSettings settings,
        Reader reader) {
      super(ctxt, io, recycler, streamFeatures, formatFeatures, settings, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent event) {
      if (event.getScalarStyle() != ScalarStyle.PLAIN || event.getTag().isPresent()) {
        return super._decodeScalar(event);
      }
      String value = event.getValue();
      if (NULLS.contains(value)) {
        return JsonToken.VALUE_NULL;
      }
      if (TRUES.contains(value)) {
        return JsonToken.VALUE_TRUE;
      }
      if (FALSES.contains(value)) {
        return JsonToken.VALUE_FALSE;
      }
      BigDecimal n =
          value.isEmpty() || "+-.0123456789".indexOf(value.charAt(0)) < 0 ? null : number(value);
      if (n == null) {
        return super._decodeScalar(event);
      }
      _numTypesValid = NR_UNKNOWN;
      if (n.scale() <= 0
          && !value.contains(".")
          && !value.toLowerCase(java.util.Locale.ROOT).contains("e")) {
        String text = n.toBigIntegerExact().toString();
        _textValue = text;
        _cleanedTextValue = text;
        return _decodeNumberScalar(text, text.length());
      }
      _textValue = n.toString();
      _cleanedTextValue = _textValue;
      return JsonToken.VALUE_NUMBER_FLOAT;
    }
  }
}
