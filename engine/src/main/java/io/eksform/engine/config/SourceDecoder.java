package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an input into text, refusing what is not a text config: files over the size
 * limit, empty files, binary files and bytes that are not UTF-8 (with the line and column of the
 * first bad byte).
 */
public final class SourceDecoder {
  private final long maxBytes;

  public SourceDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The decoded text, or the finding that says why the file cannot be read as a config. */
  public Result decode(String name, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return Result.failed(
          InputProblem.file(
                  "file/too-large",
                  Severity.ERROR,
                  name,
                  // Only the limit and one byte more are ever read, so the size is not known.
                  "file is larger than the limit of " + humanBytes(maxBytes))
              .withHint("raise the limit with --max-file-size if this really is a ClusterConfig"));
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (bytes.length - start == 0 || isBlank(bytes, start)) {
      return Result.failed(
          InputProblem.file("file/empty", Severity.ERROR, name, "file is empty")
              .withHint("a ClusterConfig needs at least apiVersion, kind and metadata"));
    }
    int nul = indexOfNul(bytes, start);
    if (nul >= 0) {
      return Result.failed(
          InputProblem.file(
              "file/binary",
              Severity.ERROR,
              name,
              "file is binary (NUL byte at offset " + nul + "), not a YAML or JSON config"));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
      return Result.ok(SourceText.of(name, text));
    } catch (CharacterCodingException e) {
      Position where = firstInvalidUtf8(bytes, start);
      return Result.failed(
          InputProblem.at(
                  "file/encoding",
                  Severity.ERROR,
                  name,
                  where,
                  "",
                  "file is not valid UTF-8 (bad byte at line "
                      + where.line()
                      + ", column "
                      + where.column()
                      + ")")
              .withHint("save the file as UTF-8; YAML and JSON configs must be UTF-8"));
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static boolean isBlank(byte[] b, int start) {
    for (int i = start; i < b.length; i++) {
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] b, int start) {
    int end = Math.min(b.length, start + 64 * 1024);
    for (int i = start; i < end; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Walks UTF-8 sequences to find the first malformed one and its line and column. */
  static Position firstInvalidUtf8(byte[] b, int start) {
    int line = 1;
    int column = 1;
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      if (len == 0 || i + len > b.length) {
        return new Position(line, column);
      }
      for (int k = 1; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return new Position(line, column);
        }
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += len;
    }
    return new Position(line, column);
  }

  static String humanBytes(long n) {
    if (n >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024.0));
    }
    if (n >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", n / 1024.0);
    }
    return n + " bytes";
  }

  /** Either decoded text or the finding that stopped it. */
  public record Result(Optional<SourceText> text, Optional<Diagnostic> problem) {
    static Result ok(SourceText text) {
      return new Result(Optional.of(text), Optional.empty());
    }

    static Result failed(Diagnostic problem) {
      return new Result(Optional.empty(), Optional.of(problem));
    }
  }
}
