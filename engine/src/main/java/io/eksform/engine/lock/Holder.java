package io.eksform.engine.lock;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** Names this process for a lock: {@code user@host (pid N)}. */
final class Holder {
  private Holder() {}

  /** Computed once: a host name lookup may take a while, and it cannot change in a process. */
  private static final class Once {
    static final String HOLDER = current(System.getenv());
  }

  static String current() {
    return Once.HOLDER;
  }

  static String current(Map<String, String> env) {
    String user = System.getProperty("user.name", "unknown");
    return user + "@" + host(env) + " (pid " + ProcessHandle.current().pid() + ")";
  }

  private static String host(Map<String, String> env) {
    // The environment is instant; a reverse lookup can hang for seconds on a misconfigured
    // resolver.
    for (String name : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
