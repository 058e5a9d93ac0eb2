package io.eksform.engine.planfile;

import io.eksform.engine.plan.Plan;
import io.eksform.engine.problem.ShownPath;
import io.eksform.engine.problem.UserFacingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;

/**
 * A saved plan on disk: the JSON document of {@link PlanJson}, UTF-8. Writing goes through a
 * temporary file in the same folder, so a crash never leaves half a plan behind; reading refuses
 * with a {@link UserFacingException} a file that is missing, not JSON, cut short, not a plan, or of
 * another format version.
 */
public final class PlanFile {
  private static final String GIVE_A_PLAN = "give a file written by eksform plan --out FILE";

  /** Far above any real plan (a thousand changes take a few megabytes); guards the memory. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private PlanFile() {}

  /** Writes {@code plan} to {@code file}, replacing it. */
  public static void write(Plan plan, Path file) {
    write(plan, file, Optional.empty());
  }

  /** Writes {@code plan} to {@code file}, replacing it, signed when a key is given. */
  public static void write(Plan plan, Path file, Optional<PlanKey> key) {
    Path target = file.toAbsolutePath();
    Path temp = null;
    try {
      temp = Files.createTempFile(target.getParent(), ".eksform-plan-", ".tmp");
      String text = PlanJson.text(plan);
      Files.writeString(
          temp, key.map(k -> PlanSignature.sign(text, k)).orElse(text), StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UserFacingException(
          "cannot write the plan file " + file + ": " + reason(e),
          "check that the folder exists and is writable, or pass another --out path",
          1,
          e);
    }
  }

  /** Reads the plan saved in {@code file}, whether signed or not. */
  public static Plan read(Path file) {
    return parse(text(file), file.toString());
  }

  /**
   * Reads the plan saved in {@code file} to apply it: with a key, only when it carries a matching
   * signature; without one, a signature is noted on {@code err} and not checked.
   */
  public static Plan read(Path file, Optional<PlanKey> key, PrintWriter err) {
    String text = text(file);
    JsonNode root = tree(text, file.toString());
    PlanSignature.check(text, root, key, file.toString(), err);
    return plan(root, file.toString());
  }

  private static String text(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new UserFacingException(
            "the plan file " + file + " is not an eksform plan: it is larger than 256 MiB",
            GIVE_A_PLAN);
      }
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserFacingException(
          "the plan file " + ShownPath.of(file) + " is not an eksform plan: it is not UTF-8 text",
          GIVE_A_PLAN);
    } catch (IOException e) {
      throw new UserFacingException(
          "cannot read the plan file " + ShownPath.of(file) + ": " + reason(e),
          e instanceof NoSuchFileException
              ? "check the path; eksform plan --out FILE writes a plan file"
              : "check that the file is readable",
          1,
          e);
    }
    return text;
  }

  /** Reads a plan from the text of its JSON document; {@code source} names it in messages. */
  public static Plan parse(String text, String source) {
    return plan(tree(text, source), source);
  }

  private static Plan plan(JsonNode root, String source) {
    try {
      return PlanReader.read(root);
    } catch (NotAPlanException e) {
      throw new UserFacingException(
          "the plan file " + source + " " + e.getMessage(), e.hint(), 1, e);
    }
  }

  private static JsonNode tree(String text, String source) {
    String what = "the plan file " + source;
    if (text.isBlank()) {
      throw new UserFacingException(what + " is empty", GIVE_A_PLAN);
    }
    JsonNode root;
    try {
      root = PlanJsonText.MAPPER.readTree(text);
    } catch (JacksonException e) {
      if (!(e instanceof UnexpectedEndOfInputException) && !atEnd(e.getLocation(), text)) {
        throw new UserFacingException(
            what + " is not an eksform plan: it is not valid JSON" + at(e.getLocation()),
            GIVE_A_PLAN,
            1,
            e);
      }
      throw new UserFacingException(
          what + " is cut short: its JSON ends early" + at(e.getLocation()),
          "the file was not written completely; plan again with: eksform plan -f CONFIG --out FILE",
          1,
          e);
    }
    return root;
  }

  /**
   * True when the parser stopped where the text ends: a file cut just after a comma fails there
   * with a plain parse error rather than an end-of-input one, and is as cut short.
   */
  private static boolean atEnd(TokenStreamLocation location, String text) {
    return location != null
        && location.getCharOffset() >= 0
        && location.getCharOffset() >= text.stripTrailing().length();
  }

  private static String at(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The write already failed; that error is the one worth reporting.
    }
  }
}
