package io.eksform.engine.git;

import io.eksform.engine.problem.UserFacingException;

/** A git repository or ref that cannot be used: not a repository, an unknown ref, no history. */
public final class GitProblem extends UserFacingException {
  private static final long serialVersionUID = 1L;

  GitProblem(String message, String hint, Throwable cause) {
    super(message, hint, 2, cause);
  }
}
