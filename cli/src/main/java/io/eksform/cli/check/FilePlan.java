package io.eksform.cli.check;

import io.eksform.engine.git.ChangedFile;
import io.eksform.engine.plan.Plan;
import java.util.Optional;

/**
 * The plan shown for one changed file: the intent plan (or the live plan with {@code --live}), and
 * a note saying which it is, or why there is none (deleted, has errors).
 */
record FilePlan(ChangedFile file, Optional<Plan> plan, String note) {}
