package io.eksform.engine.aws;

import io.eksform.engine.problem.UserFacingException;
import java.util.Optional;
import software.amazon.awssdk.core.SdkSystemSetting;

/**
 * How many times each AWS call is tried: {@code AWS_MAX_ATTEMPTS} (or the {@code aws.maxAttempts}
 * system property) when set, as every AWS SDK and the AWS CLI honour it, else 8.
 */
public final class RetryAttempts {
  /** More than the SDK's 3, so that throttling during a large apply is waited out. */
  public static final int DEFAULT = 8;

  private RetryAttempts() {}

  /** The attempts the environment asks for, or {@link #DEFAULT}. */
  public static int fromEnvironment() {
    return resolve(SdkSystemSetting.AWS_MAX_ATTEMPTS.getStringValue());
  }

  /** The attempts this setting asks for, or {@link #DEFAULT} when it is absent. */
  static int resolve(Optional<String> setting) {
    if (setting.isEmpty() || setting.get().isBlank()) {
      return DEFAULT;
    }
    String text = setting.get().trim();
    try {
      int attempts = Integer.parseInt(text);
      if (attempts >= 1) {
        return attempts;
      }
    } catch (NumberFormatException e) {
      // falls through to the same message as a number below 1
    }
    throw new UserFacingException(
        "AWS_MAX_ATTEMPTS is '" + text + "', not a number of attempts",
        "set AWS_MAX_ATTEMPTS to 1 or more (1 tries each AWS call once), or unset it for "
            + DEFAULT);
  }
}
