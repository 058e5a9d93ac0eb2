package io.eksform.sandbox.state;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * Ends transitions whose time has come: computed lazily from each resource's phase, the time it
 * started and the configured {@link Durations}, before every call. No background threads, so a test
 * clock makes everything deterministic.
 */
public final class Lifecycle {
  private final Durations durations;
  private final Clock clock;

  /** A lifecycle reading time from {@code clock}. */
  public Lifecycle(Durations durations, Clock clock) {
    this.durations = durations;
    this.clock = clock;
  }

  /** The current time in epoch milliseconds. */
  public long now() {
    return clock.millis();
  }

  /** The configured durations. */
  public Durations durations() {
    return durations;
  }

  /** Brings every transition of the account up to the current time. */
  public void settle(Account account) {
    long now = now();
    if (now < account.nextTransitionAt()) {
      return;
    }
    long next = Long.MAX_VALUE;
    next = Math.min(next, settleUpdates(account, now));
    next = Math.min(next, settleClusters(account, now));
    next = Math.min(next, settleProfiles(account, now));
    next = Math.min(next, settleNodegroups(account, now));
    next = Math.min(next, settleAddons(account, now));
    next = Math.min(next, settleNatGateways(account, now));
    account.nextTransitionAt(next);
  }

  private long settleUpdates(Account account, long now) {
    long next = Long.MAX_VALUE;
    for (Map.Entry<String, ClusterUpdate> e : account.updates().entrySet()) {
      ClusterUpdate u = e.getValue();
      if (u.finished()) {
        continue;
      }
      long end = u.createdAt() + updateDuration(u).toMillis();
      if (now < end) {
        next = Math.min(next, end);
        continue;
      }
      e.setValue(u.finish());
      if (!u.nodegroupName().isEmpty()) {
        account
            .nodegroups()
            .computeIfPresent(
                Account.key(u.region(), u.clusterName(), u.nodegroupName()),
                (k, ng) -> {
                  Nodegroup done = ng;
                  if (u.type().equals("VersionUpdate")) {
                    done = ng.withVersion(u.param("Version"), u.param("ReleaseVersion"));
                    String templateVersion = u.param("LaunchTemplateVersion");
                    if (templateVersion != null && ng.launchTemplate() != null) {
                      LaunchTemplateRef t = ng.launchTemplate();
                      done =
                          done.withLaunchTemplate(
                              new LaunchTemplateRef(t.id(), t.name(), templateVersion));
                    }
                  }
                  return done.phase() == Phase.UPDATING ? done.withPhase(Phase.ACTIVE, end) : done;
                });
      } else if (!u.addonName().isEmpty()) {
        account
            .addons()
            .computeIfPresent(
                Account.key(u.region(), u.clusterName(), u.addonName()),
                (k, a) -> a.phase() == Phase.UPDATING ? a.withPhase(Phase.ACTIVE, end) : a);
      } else {
        account
            .clusters()
            .computeIfPresent(
                u.clusterKey(),
                (k, c) -> {
                  Cluster done =
                      u.type().equals("VersionUpdate") ? c.withVersion(u.param("Version")) : c;
                  return done.phase() == Phase.UPDATING ? done.withPhase(Phase.ACTIVE, end) : done;
                });
      }
    }
    return next;
  }

  private Duration updateDuration(ClusterUpdate u) {
    if (!u.nodegroupName().isEmpty()) {
      return durations.nodegroupUpdate();
    }
    if (!u.addonName().isEmpty()) {
      return durations.addonUpdate();
    }
    return durations.clusterUpdate();
  }

  private long settleClusters(Account account, long now) {
    long next = Long.MAX_VALUE;
    Iterator<Map.Entry<String, Cluster>> it = account.clusters().entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Cluster> e = it.next();
      Cluster c = e.getValue();
      if (c.phase() == Phase.CREATING) {
        long end = c.since() + durations.clusterCreate().toMillis();
        if (now >= end) {
          e.setValue(c.withPhase(Phase.ACTIVE, end));
        } else {
          next = Math.min(next, end);
        }
      } else if (c.phase() == Phase.DELETING) {
        long end = c.since() + durations.clusterDelete().toMillis();
        if (now >= end) {
          it.remove();
          // The control plane's network interfaces go with it, and so does the group EKS made.
          account.securityGroups().remove(c.clusterSecurityGroupId());
          String prefix = c.key() + "/";
          account.fargateProfiles().keySet().removeIf(k -> k.startsWith(prefix));
          account.nodegroups().keySet().removeIf(k -> k.startsWith(prefix));
          account.addons().keySet().removeIf(k -> k.startsWith(prefix));
          account.accessEntries().keySet().removeIf(k -> k.startsWith(prefix));
          account.updates().values().removeIf(u -> u.clusterKey().equals(c.key()));
        } else {
          next = Math.min(next, end);
        }
      }
    }
    return next;
  }

  private long settleProfiles(Account account, long now) {
    long next = Long.MAX_VALUE;
    Iterator<Map.Entry<String, FargateProfile>> it =
        account.fargateProfiles().entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, FargateProfile> e = it.next();
      FargateProfile p = e.getValue();
      if (p.phase() == Phase.CREATING) {
        long end = p.since() + durations.fargateCreate().toMillis();
        if (now >= end) {
          e.setValue(p.withPhase(Phase.ACTIVE, end));
        } else {
          next = Math.min(next, end);
        }
      } else if (p.phase() == Phase.DELETING) {
        long end = p.since() + durations.fargateDelete().toMillis();
        if (now >= end) {
          it.remove();
        } else {
          next = Math.min(next, end);
        }
      }
    }
    return next;
  }

  private long settleNodegroups(Account account, long now) {
    long next = Long.MAX_VALUE;
    Iterator<Map.Entry<String, Nodegroup>> it = account.nodegroups().entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Nodegroup> e = it.next();
      Nodegroup n = e.getValue();
      if (n.phase() == Phase.CREATING) {
        long end = n.since() + durations.nodegroupCreate().toMillis();
        if (now >= end) {
          e.setValue(n.withPhase(Phase.ACTIVE, end));
        } else {
          next = Math.min(next, end);
        }
      } else if (n.phase() == Phase.DELETING) {
        long end = n.since() + durations.nodegroupDelete().toMillis();
        if (now >= end) {
          it.remove();
        } else {
          next = Math.min(next, end);
        }
      }
    }
    return next;
  }

  private long settleAddons(Account account, long now) {
    long next = Long.MAX_VALUE;
    Iterator<Map.Entry<String, Addon>> it = account.addons().entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Addon> e = it.next();
      Addon a = e.getValue();
      if (a.phase() == Phase.CREATING) {
        long end = a.since() + durations.addonCreate().toMillis();
        if (now >= end) {
          e.setValue(a.withPhase(Phase.ACTIVE, end));
        } else {
          next = Math.min(next, end);
        }
      } else if (a.phase() == Phase.DELETING) {
        long end = a.since() + durations.addonDelete().toMillis();
        if (now >= end) {
          it.remove();
        } else {
          next = Math.min(next, end);
        }
      }
    }
    return next;
  }

  private long settleNatGateways(Account account, long now) {
    long next = Long.MAX_VALUE;
    Iterator<Map.Entry<String, NatGateway>> it = account.natGateways().entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, NatGateway> e = it.next();
      NatGateway n = e.getValue();
      Duration lasts =
          switch (n.state()) {
            case "pending" -> durations.natGatewayCreate();
            case "deleting" -> durations.natGatewayDelete();
            case "deleted" -> durations.natGatewayForgotten();
            default -> null;
          };
      if (lasts == null) {
        continue;
      }
      long end = n.since() + lasts.toMillis();
      if (now < end) {
        next = Math.min(next, end);
      } else if (n.state().equals("deleted")) {
        it.remove();
      } else {
        String reached = n.state().equals("pending") ? "available" : "deleted";
        e.setValue(n.withState(reached, end));
        if (reached.equals("deleted")) {
          next = Math.min(next, end + durations.natGatewayForgotten().toMillis());
        }
      }
    }
    return next;
  }
}
