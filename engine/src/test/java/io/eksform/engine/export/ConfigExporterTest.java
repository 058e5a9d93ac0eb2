package io.eksform.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.live.LiveCluster;
import io.eksform.engine.live.LiveRole;
import io.eksform.engine.live.LiveState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The IRSA service accounts an export writes from the roles eksform made for the cluster. */
class ConfigExporterTest {
  static LiveRole role(String name, String key) {
    return new LiveRole(
        name,
        "arn:aws:iam::1:role/eksform/" + name,
        "{}",
        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"),
        Map.of(),
        ManagedNames.ownershipTags("c", "iam_service_account." + key),
        Optional.empty());
  }

  @Test
  void aRoleUnderAnotherNameThanEksformsKeepsItAsRoleName() {
    LiveRole named = role("catalog-reader", "shop/catalog");
    LiveRole usual = role(ManagedNames.serviceAccountRole("c", "shop", "batch"), "shop/batch");
    LiveState live =
        new LiveState(
            "1",
            "us-west-2",
            new LiveCluster(
                "c",
                "arn:aws:eks:us-west-2:1:cluster/c",
                "1.32",
                "ACTIVE",
                "",
                "",
                Optional.empty(),
                "vpc-1",
                List.of(),
                new TreeSet<>(),
                true,
                false,
                Map.of()),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(named.name(), named, usual.name(), usual),
            Set.of(),
            List.of(),
            List.of(),
            new TreeMap<>());
    JsonNode accounts = ConfigExporter.export(live).path("iam").path("serviceAccounts");
    assertEquals(2, accounts.size(), accounts.toString());
    JsonNode batch =
        accounts.get(0).path("metadata").path("name").asString().equals("batch")
            ? accounts.get(0)
            : accounts.get(1);
    JsonNode catalog = batch == accounts.get(0) ? accounts.get(1) : accounts.get(0);
    assertEquals("catalog-reader", catalog.path("roleName").asString());
    assertFalse(batch.has("roleName"), batch.toString());
  }
}
