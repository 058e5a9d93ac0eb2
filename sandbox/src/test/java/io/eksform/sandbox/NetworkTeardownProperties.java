package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ClusterStatus;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;

/**
 * Random sequences of creating and deleting network pieces and clusters in the empty account: every
 * delete is refused exactly when AWS's dependency rules say so (judged from what the account
 * describes just before), and a teardown in the order AWS needs always empties the account.
 */
class NetworkTeardownProperties {
  static final String ROLE = "arn:aws:iam::123456789012:role/eks-service";
  static final List<String> ZONES = List.of("us-west-2a", "us-west-2b", "us-west-2c");
  static final Set<String> HOLDING = Set.of("pending", "available", "deleting");

  private final List<World> opened = new ArrayList<>();

  /** The sandbox under test, its clients and the ids made so far. */
  final class World {
    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.defaults().withScenario("empty").withTimeScale(1).withClock(clock));
    final Clients clients = new Clients(sandbox.endpoint());
    final List<String> vpcs = new ArrayList<>();
    final List<String> subnets = new ArrayList<>();
    final List<String> gateways = new ArrayList<>();
    final List<String> addresses = new ArrayList<>();
    final List<String> nats = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<String> tables = new ArrayList<>();
    final List<String> clusters = new ArrayList<>();
    int made;

    World() {
      opened.add(this);
      clients.iam.createRole(
          r ->
              r.roleName("eks-service")
                  .assumeRolePolicyDocument(
                      "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                          + "\"eks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
    }

    static <T> T pick(List<T> items, int i) {
      return items.isEmpty() ? null : items.get(i % items.size());
    }

    Filter filter(String name, String... values) {
      return Filter.builder().name(name).values(values).build();
    }

    /** Runs a delete that the rules say is refused (with this code) or, when null, goes through. */
    void expect(String refusedWith, Runnable call) {
      if (refusedWith == null) {
        call.run();
      } else {
        Ec2Exception e = assertThrows(Ec2Exception.class, call::run);
        assertEquals(refusedWith, e.awsErrorDetails().errorCode(), e.getMessage());
      }
    }

    List<Cluster> liveClusters() {
      List<Cluster> out = new ArrayList<>();
      for (String name : clients.eks.listClusters().clusters()) {
        out.add(clients.eks.describeCluster(r -> r.name(name)).cluster());
      }
      return out;
    }

    boolean natHolds(String filterName, String value) {
      return clients
          .ec2
          .describeNatGateways(r -> r.filter(filter(filterName, value)))
          .natGateways()
          .stream()
          .anyMatch(n -> HOLDING.contains(n.stateAsString()));
    }

    void createVpc(int i) {
      vpcs.add(clients.ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId());
    }

    void createSubnet(int i) {
      String vpc = pick(vpcs, i);
      if (vpc != null) {
        String cidr = "10.0." + (made++ % 250) + ".0/24";
        subnets.add(
            clients
                .ec2
                .createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr).availabilityZone(ZONES.get(i % 3)))
                .subnet()
                .subnetId());
      }
    }

    void attachGateway(int i) {
      String vpc = pick(vpcs, i);
      if (vpc == null) {
        return;
      }
      String igw = clients.ec2.createInternetGateway().internetGateway().internetGatewayId();
      gateways.add(igw);
      boolean taken =
          !clients
              .ec2
              .describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpc)))
              .internetGateways()
              .isEmpty();
      if (!taken) {
        clients.ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
      }
    }

    void detachGateway(int i) {
      String igw = pick(gateways, i);
      if (igw == null) {
        return;
      }
      var attachments =
          clients
              .ec2
              .describeInternetGateways(r -> r.internetGatewayIds(igw))
              .internetGateways()
              .get(0)
              .attachments();
      if (attachments.isEmpty()) {
        return;
      }
      String vpc = attachments.get(0).vpcId();
      expect(
          natHolds("vpc-id", vpc) ? "DependencyViolation" : null,
          () -> clients.ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc)));
    }

    void deleteGateway(int i) {
      String igw = pick(gateways, i);
      if (igw == null) {
        return;
      }
      boolean attached =
          !clients
              .ec2
              .describeInternetGateways(r -> r.internetGatewayIds(igw))
              .internetGateways()
              .get(0)
              .attachments()
              .isEmpty();
      expect(
          attached ? "DependencyViolation" : null,
          () -> clients.ec2.deleteInternetGateway(r -> r.internetGatewayId(igw)));
      if (!attached) {
        gateways.remove(igw);
      }
    }

    void createNat(int i) {
      String subnet = pick(subnets, i);
      if (subnet == null) {
        return;
      }
      String eip = clients.ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
      addresses.add(eip);
      nats.add(
          clients
              .ec2
              .createNatGateway(r -> r.subnetId(subnet).allocationId(eip))
              .natGateway()
              .natGatewayId());
    }

    void deleteNat(int i) {
      String nat = pick(nats, i);
      if (nat != null) {
        clients.ec2.deleteNatGateway(r -> r.natGatewayId(nat));
        nats.remove(nat);
      }
    }

    void releaseAddress(int i) {
      String eip = pick(addresses, i);
      if (eip == null) {
        return;
      }
      boolean held =
          clients.ec2.describeNatGateways().natGateways().stream()
              .filter(n -> HOLDING.contains(n.stateAsString()))
              .flatMap(n -> n.natGatewayAddresses().stream())
              .anyMatch(a -> a.allocationId().equals(eip));
      expect(
          held ? "InvalidIPAddress.InUse" : null,
          () -> clients.ec2.releaseAddress(r -> r.allocationId(eip)));
      if (!held) {
        addresses.remove(eip);
      }
    }

    void createGroup(int i) {
      String vpc = pick(vpcs, i);
      if (vpc != null) {
        String name = "g" + made++;
        groups.add(
            clients
                .ec2
                .createSecurityGroup(r -> r.vpcId(vpc).groupName(name).description(name))
                .groupId());
      }
    }

    void deleteGroup(int i) {
      String group = pick(groups, i);
      if (group == null) {
        return;
      }
      boolean used =
          liveClusters().stream()
              .anyMatch(c -> c.resourcesVpcConfig().securityGroupIds().contains(group));
      expect(
          used ? "DependencyViolation" : null,
          () -> clients.ec2.deleteSecurityGroup(r -> r.groupId(group)));
      if (!used) {
        groups.remove(group);
      }
    }

    void createTable(int i) {
      String subnet = pick(subnets, i);
      if (subnet == null) {
        return;
      }
      String vpc = clients.ec2.describeSubnets(r -> r.subnetIds(subnet)).subnets().get(0).vpcId();
      String table = clients.ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
      tables.add(table);
      boolean associated =
          !clients
              .ec2
              .describeRouteTables(r -> r.filters(filter("association.subnet-id", subnet)))
              .routeTables()
              .isEmpty();
      if (!associated) {
        clients.ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(subnet));
      }
    }

    void deleteTable(int i) {
      String table = pick(tables, i);
      if (table == null) {
        return;
      }
      boolean associated =
          !clients
              .ec2
              .describeRouteTables(r -> r.routeTableIds(table))
              .routeTables()
              .get(0)
              .associations()
              .isEmpty();
      expect(
          associated ? "DependencyViolation" : null,
          () -> clients.ec2.deleteRouteTable(r -> r.routeTableId(table)));
      if (!associated) {
        tables.remove(table);
      }
    }

    void deleteSubnet(int i) {
      String subnet = pick(subnets, i);
      if (subnet == null) {
        return;
      }
      boolean used =
          natHolds("subnet-id", subnet)
              || liveClusters().stream()
                  .anyMatch(c -> c.resourcesVpcConfig().subnetIds().contains(subnet));
      expect(
          used ? "DependencyViolation" : null,
          () -> clients.ec2.deleteSubnet(r -> r.subnetId(subnet)));
      if (!used) {
        subnets.remove(subnet);
      }
    }

    void deleteVpc(int i) {
      String vpc = pick(vpcs, i);
      if (vpc == null) {
        return;
      }
      Filter inVpc = filter("vpc-id", vpc);
      boolean used =
          !clients.ec2.describeSubnets(r -> r.filters(inVpc)).subnets().isEmpty()
              || !clients
                  .ec2
                  .describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpc)))
                  .internetGateways()
                  .isEmpty()
              || clients.ec2.describeSecurityGroups(r -> r.filters(inVpc)).securityGroups().stream()
                  .anyMatch(g -> !g.groupName().equals("default"))
              || clients.ec2.describeRouteTables(r -> r.filters(inVpc)).routeTables().stream()
                  .anyMatch(t -> t.associations().stream().noneMatch(RouteTableAssociation::main));
      expect(used ? "DependencyViolation" : null, () -> clients.ec2.deleteVpc(r -> r.vpcId(vpc)));
      if (!used) {
        vpcs.remove(vpc);
      }
    }

    void createCluster(int i) {
      String vpc = pick(vpcs, i);
      if (vpc == null) {
        return;
      }
      List<Subnet> inVpc =
          clients.ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpc))).subnets();
      List<String> chosen = new ArrayList<>();
      Set<String> zones = new java.util.HashSet<>();
      for (Subnet s : inVpc) {
        if (zones.add(s.availabilityZone())) {
          chosen.add(s.subnetId());
        }
      }
      if (chosen.size() < 2) {
        return;
      }
      List<String> ownGroups =
          clients
              .ec2
              .describeSecurityGroups(r -> r.filters(filter("vpc-id", vpc)))
              .securityGroups()
              .stream()
              .filter(g -> groups.contains(g.groupId()))
              .map(SecurityGroup::groupId)
              .limit(1)
              .toList();
      String name = "c" + made++;
      clients.eks.createCluster(
          r ->
              r.name(name)
                  .roleArn(ROLE)
                  .resourcesVpcConfig(v -> v.subnetIds(chosen).securityGroupIds(ownGroups)));
      clusters.add(name);
    }

    void deleteCluster(int i) {
      String name = pick(clusters, i);
      if (name == null) {
        return;
      }
      Cluster c = clients.eks.describeCluster(r -> r.name(name)).cluster();
      if (c.status() == ClusterStatus.CREATING) {
        assertThrows(
            ResourceInUseException.class, () -> clients.eks.deleteCluster(r -> r.name(name)));
      } else {
        clients.eks.deleteCluster(r -> r.name(name));
        clusters.remove(name);
      }
    }

    void advance(Duration by) {
      clock.advance(by);
    }

    /** Takes everything down in the order AWS needs, finding what exists by describing it. */
    void tearDown() {
      clock.advance(Duration.ofMinutes(10));
      for (Cluster c : liveClusters()) {
        if (c.status() != ClusterStatus.DELETING) {
          clients.eks.deleteCluster(r -> r.name(c.name()));
        }
      }
      clock.advance(Duration.ofMinutes(5));
      for (NatGateway n : clients.ec2.describeNatGateways().natGateways()) {
        if (n.stateAsString().equals("pending") || n.stateAsString().equals("available")) {
          clients.ec2.deleteNatGateway(r -> r.natGatewayId(n.natGatewayId()));
        }
      }
      clock.advance(Duration.ofMinutes(1));
      clients
          .ec2
          .describeAddresses()
          .addresses()
          .forEach(a -> clients.ec2.releaseAddress(r -> r.allocationId(a.allocationId())));
      for (RouteTable t : clients.ec2.describeRouteTables().routeTables()) {
        if (t.associations().stream().anyMatch(RouteTableAssociation::main)) {
          continue;
        }
        for (RouteTableAssociation a : t.associations()) {
          clients.ec2.disassociateRouteTable(r -> r.associationId(a.routeTableAssociationId()));
        }
        clients.ec2.deleteRouteTable(r -> r.routeTableId(t.routeTableId()));
      }
      for (SecurityGroup g : clients.ec2.describeSecurityGroups().securityGroups()) {
        if (!g.groupName().equals("default")) {
          clients.ec2.deleteSecurityGroup(r -> r.groupId(g.groupId()));
        }
      }
      for (var g : clients.ec2.describeInternetGateways().internetGateways()) {
        for (var a : g.attachments()) {
          clients.ec2.detachInternetGateway(
              r -> r.internetGatewayId(g.internetGatewayId()).vpcId(a.vpcId()));
        }
        clients.ec2.deleteInternetGateway(r -> r.internetGatewayId(g.internetGatewayId()));
      }
      for (Subnet s : clients.ec2.describeSubnets().subnets()) {
        clients.ec2.deleteSubnet(r -> r.subnetId(s.subnetId()));
      }
      for (var v : clients.ec2.describeVpcs().vpcs()) {
        clients.ec2.deleteVpc(r -> r.vpcId(v.vpcId()));
      }
      clock.advance(Duration.ofHours(1));
    }

    void assertEmpty() {
      assertTrue(clients.eks.listClusters().clusters().isEmpty(), "clusters left");
      assertTrue(clients.ec2.describeVpcs().vpcs().isEmpty(), "VPCs left");
      assertTrue(clients.ec2.describeSubnets().subnets().isEmpty(), "subnets left");
      assertTrue(clients.ec2.describeRouteTables().routeTables().isEmpty(), "route tables left");
      assertTrue(
          clients.ec2.describeSecurityGroups().securityGroups().isEmpty(), "security groups left");
      assertTrue(
          clients.ec2.describeInternetGateways().internetGateways().isEmpty(), "gateways left");
      assertTrue(clients.ec2.describeNatGateways().natGateways().isEmpty(), "NAT gateways left");
      assertTrue(clients.ec2.describeAddresses().addresses().isEmpty(), "elastic IPs left");
    }
  }

  @AfterTry
  void closeWorlds() {
    for (World w : opened) {
      w.clients.close();
      w.sandbox.close();
    }
    opened.clear();
  }

  @Property(tries = 20)
  void dependenciesHoldAndAnOrderedTeardownEmptiesTheAccount(
      @ForAll("chains") ActionChain<World> chain) {
    World last = chain.run();
    last.tearDown();
    last.assertEmpty();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.<World>startWith(World::new)
        .withAction(2, named("create VPC", World::createVpc))
        .withAction(3, named("create subnet", World::createSubnet))
        .withAction(named("attach internet gateway", World::attachGateway))
        .withAction(named("detach internet gateway", World::detachGateway))
        .withAction(named("delete internet gateway", World::deleteGateway))
        .withAction(named("create NAT gateway", World::createNat))
        .withAction(named("delete NAT gateway", World::deleteNat))
        .withAction(named("release elastic IP", World::releaseAddress))
        .withAction(named("create security group", World::createGroup))
        .withAction(named("delete security group", World::deleteGroup))
        .withAction(named("create route table", World::createTable))
        .withAction(named("delete route table", World::deleteTable))
        .withAction(named("delete subnet", World::deleteSubnet))
        .withAction(named("delete VPC", World::deleteVpc))
        .withAction(2, named("create cluster", World::createCluster))
        .withAction(named("delete cluster", World::deleteCluster))
        .withAction(
            2,
            (Action.Independent<World>)
                () ->
                    Arbitraries.of(30, 60, 120, 300, 600)
                        .map(
                            s ->
                                Transformer.mutate(
                                    "advance " + s + "s", w -> w.advance(Duration.ofSeconds(s)))))
        .withMaxTransformations(40);
  }

  private static Action.Independent<World> named(String what, BiConsumer<World, Integer> step) {
    return () ->
        Arbitraries.integers()
            .between(0, 5)
            .map(i -> Transformer.mutate(what + " " + i, w -> step.accept(w, i)));
  }
}
