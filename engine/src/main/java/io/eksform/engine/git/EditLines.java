package io.eksform.engine.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/**
 * Turns a diff's edits into the head lines they touched. A pure deletion touches no head line, so
 * the lines around it count: a finding there (a list left with too few items) is the branch's.
 */
final class EditLines {
  private EditLines() {}

  static LineRanges of(EditList edits) {
    List<LineRanges.Range> out = new ArrayList<>();
    for (Edit edit : edits) {
      // Edit regions are 0-based and end-exclusive.
      if (edit.getEndB() > edit.getBeginB()) {
        out.add(new LineRanges.Range(edit.getBeginB() + 1, edit.getEndB()));
      } else {
        int before = Math.max(1, edit.getBeginB());
        out.add(new LineRanges.Range(before, edit.getBeginB() + 1));
      }
    }
    return new LineRanges(out);
  }
}
