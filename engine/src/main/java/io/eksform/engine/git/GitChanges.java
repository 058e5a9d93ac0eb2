package io.eksform.engine.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads what a branch changed from the git repository holding a folder: the ClusterConfig files
 * that differ between the merge base of the base ref and the head (renames detected), with their
 * texts and touched lines. Reads committed content only, never the working tree, so that the answer
 * is the same on a developer's machine and in CI.
 */
public final class GitChanges {
  private final Path start;

  /** Changes of the repository that holds {@code folder} (searched upwards). */
  public GitChanges(Path folder) {
    this.start = folder.toAbsolutePath();
  }

  /** The ClusterConfig files changed between the merge base of {@code baseRef} and the head. */
  public ChangeSet changed(String baseRef, String headRef) {
    try (Repository repo = open();
        RevWalk walk = new RevWalk(repo)) {
      RevCommit head = commit(repo, walk, headRef);
      RevCommit base = commit(repo, walk, baseRef);
      RevCommit mergeBase = mergeBase(walk, base, head, baseRef, headRef);
      List<ChangedFile> files = new ArrayList<>();
      try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
        diff.setRepository(repo);
        diff.setDiffComparator(RawTextComparator.DEFAULT);
        diff.setDetectRenames(true);
        for (DiffEntry entry : diff.scan(mergeBase.getTree(), head.getTree())) {
          toChanged(repo, diff, entry).ifPresent(files::add);
        }
      }
      files.sort(Comparator.comparing(ChangedFile::path));
      return new ChangeSet(root(repo), mergeBase.name(), head.name(), files);
    } catch (IOException e) {
      throw new GitProblem("cannot read the git repository: " + e.getMessage(), null, e);
    }
  }

  /** Every ClusterConfig file of the head, as if each were unchanged (for {@code --all}). */
  public ChangeSet all(String headRef) {
    try (Repository repo = open();
        RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit head = commit(repo, walk, headRef);
      tree.addTree(head.getTree());
      tree.setRecursive(true);
      List<ChangedFile> files = new ArrayList<>();
      while (tree.next()) {
        String path = tree.getPathString();
        if (!ConfigFiles.candidatePath(path)) {
          continue;
        }
        String text = read(repo, tree.getObjectId(0));
        if (ConfigFiles.looksLikeConfig(text)) {
          files.add(
              new ChangedFile(
                  path,
                  Optional.empty(),
                  ChangeKind.UNCHANGED,
                  Optional.of(text),
                  Optional.of(text),
                  LineRanges.none()));
        }
      }
      files.sort(Comparator.comparing(ChangedFile::path));
      return new ChangeSet(root(repo), head.name(), head.name(), files);
    } catch (IOException e) {
      throw new GitProblem("cannot read the git repository: " + e.getMessage(), null, e);
    }
  }

  /** Every file path of the head commit's tree, for telling a path that names nothing. */
  public List<String> headPaths(String headRef) {
    try (Repository repo = open();
        RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      tree.addTree(commit(repo, walk, headRef).getTree());
      tree.setRecursive(true);
      List<String> paths = new ArrayList<>();
      while (tree.next()) {
        paths.add(tree.getPathString());
      }
      return paths;
    } catch (IOException e) {
      throw new GitProblem("cannot read the git repository: " + e.getMessage(), null, e);
    }
  }

  /**
   * The ClusterConfig candidates (by name) of the working tree that differ from the head commit:
   * modified, added, deleted or untracked, sorted; what a check of commits does not see.
   */
  public List<String> uncommittedCandidates() {
    try (Repository repo = open();
        Git git = new Git(repo)) {
      if (repo.isBare()) {
        return List.of();
      }
      Status status = git.status().call();
      TreeSet<String> paths = new TreeSet<>();
      paths.addAll(status.getModified());
      paths.addAll(status.getChanged());
      paths.addAll(status.getAdded());
      paths.addAll(status.getRemoved());
      paths.addAll(status.getMissing());
      paths.addAll(status.getUntracked());
      paths.removeIf(p -> !ConfigFiles.candidatePath(p));
      return List.copyOf(paths);
    } catch (IOException | GitAPIException e) {
      return List.of(); // only feeds a note: never fail a check over it
    }
  }

  private Optional<ChangedFile> toChanged(Repository repo, DiffFormatter diff, DiffEntry entry)
      throws IOException {
    ChangeKind kind =
        switch (entry.getChangeType()) {
          case ADD, COPY -> ChangeKind.ADDED;
          case MODIFY -> ChangeKind.MODIFIED;
          case RENAME -> ChangeKind.RENAMED;
          case DELETE -> ChangeKind.DELETED;
        };
    boolean gone = kind == ChangeKind.DELETED;
    String path = gone ? entry.getOldPath() : entry.getNewPath();
    boolean candidate =
        ConfigFiles.candidatePath(path)
            || (kind == ChangeKind.RENAMED && ConfigFiles.candidatePath(entry.getOldPath()));
    if (!candidate) {
      return Optional.empty();
    }
    Optional<String> baseText =
        kind == ChangeKind.ADDED
            ? Optional.empty()
            : Optional.of(read(repo, entry.getOldId().toObjectId()));
    Optional<String> headText =
        gone ? Optional.empty() : Optional.of(read(repo, entry.getNewId().toObjectId()));
    boolean config =
        baseText.filter(ConfigFiles::looksLikeConfig).isPresent()
            || headText.filter(ConfigFiles::looksLikeConfig).isPresent();
    if (!config) {
      return Optional.empty();
    }
    LineRanges lines =
        switch (kind) {
          case ADDED -> LineRanges.all(lineCount(headText.orElse("")));
          case DELETED, UNCHANGED -> LineRanges.none();
          case MODIFIED, RENAMED -> EditLines.of(diff.toFileHeader(entry).toEditList());
        };
    Optional<String> oldPath =
        kind == ChangeKind.RENAMED ? Optional.of(entry.getOldPath()) : Optional.empty();
    return Optional.of(new ChangedFile(path, oldPath, kind, baseText, headText, lines));
  }

  private Repository open() throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment();
    builder.findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
      throw new GitProblem(
          start + " is not inside a git repository",
          "run eksform check in a clone of the repository that holds the configs",
          null);
    }
    return builder.build();
  }

  private static Path root(Repository repo) {
    return repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
  }

  private static RevCommit commit(Repository repo, RevWalk walk, String ref) throws IOException {
    ObjectId id;
    try {
      id = repo.resolve(ref);
    } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
      id = null;
    }
    if (id == null) {
      throw new GitProblem(
          "git ref '" + ref + "' does not exist in this repository",
          "fetch it first (in CI: actions/checkout with fetch-depth: 0) or name a branch, tag or"
              + " commit that exists"
              + RefSuggestions.of(repo, ref),
          null);
    }
    return walk.parseCommit(id);
  }

  private static RevCommit mergeBase(
      RevWalk walk, RevCommit base, RevCommit head, String baseRef, String headRef)
      throws IOException {
    walk.reset();
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(base);
    walk.markStart(head);
    RevCommit found = walk.next();
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    if (found == null) {
      throw new GitProblem(
          "'" + baseRef + "' and '" + headRef + "' have no common history",
          "a shallow clone hides it: fetch the full history (fetch-depth: 0)",
          null);
    }
    return walk.parseCommit(found);
  }

  private static String read(Repository repo, ObjectId blob) throws IOException {
    try (ObjectReader reader = repo.newObjectReader()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      reader.open(blob).copyTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  static int lineCount(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = (int) text.chars().filter(c -> c == '\n').count();
    return text.endsWith("\n") ? lines : lines + 1;
  }
}
