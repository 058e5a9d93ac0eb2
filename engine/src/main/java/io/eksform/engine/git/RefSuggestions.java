package io.eksform.engine.git;

import io.eksform.engine.schema.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/** The refs of a repository worth suggesting for a mistyped one: the closest first, then a few. */
final class RefSuggestions {
  private static final int SHOWN = 5;

  private RefSuggestions() {}

  /** ", e.g. a, b" naming refs that exist (closest to {@code wanted} first), or "" when none do. */
  static String of(Repository repo, String wanted) {
    List<String> names = new ArrayList<>();
    try {
      for (String prefix : List.of("refs/heads/", "refs/remotes/", "refs/tags/")) {
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(prefix)) {
          String name = ref.getName().substring(prefix.length());
          if (!name.endsWith("/HEAD")) {
            names.add(name);
          }
        }
      }
    } catch (IOException e) {
      return "";
    }
    if (names.isEmpty()) {
      return "";
    }
    Set<String> shown = new LinkedHashSet<>();
    // origin/main when only main exists (a clone without that remote), and the other way round.
    String tail = wanted.substring(wanted.lastIndexOf('/') + 1);
    names.stream().filter(n -> n.equals(tail) || n.endsWith("/" + tail)).forEach(shown::add);
    Suggestions.closest(wanted, names).ifPresent(shown::add);
    for (String name : names) {
      if (shown.size() >= SHOWN) {
        break;
      }
      shown.add(name);
    }
    return ", e.g. " + String.join(", ", shown);
  }
}
