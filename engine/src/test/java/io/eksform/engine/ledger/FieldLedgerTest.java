package io.eksform.engine.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The field ledger against the published schema, and its lookups. */
class FieldLedgerTest {
  private static final FieldLedger LEDGER = FieldLedger.builtIn();

  @Test
  void everyLeafOfThePublishedSchemaHasADisposition() {
    Set<String> ledger = new TreeSet<>();
    LEDGER.entries().forEach(e -> ledger.add(e.path()));
    Set<String> missing = new TreeSet<>(SchemaLeaves.published().keySet());
    missing.removeAll(ledger);
    assertTrue(
        missing.isEmpty(),
        () ->
            "schema fields with no disposition in field-ledger.tsv (add a line for each: planned,"
                + " create-only, validated-only or not-managed): "
                + missing);
  }

  @Test
  void everyLedgerLineNamesALeafOfThePublishedSchema() {
    Set<String> stale = new TreeSet<>();
    LEDGER.entries().forEach(e -> stale.add(e.path()));
    stale.removeAll(SchemaLeaves.published().keySet());
    assertTrue(stale.isEmpty(), () -> "ledger lines the schema no longer has: " + stale);
  }

  @Test
  void whatAPlanActsOnSaysSinceWhenAndEveryLineSaysWhy() {
    for (LedgerEntry e : LEDGER.entries()) {
      boolean reads = e.disposition() != Disposition.NOT_MANAGED;
      assertEquals(reads, e.since().isPresent(), () -> e.path() + ": since goes with reading it");
      assertFalse(e.reason().isBlank(), () -> e.path() + " has no reason");
      assertFalse(e.kind().isBlank(), () -> e.path() + " has no kind");
    }
  }

  @Test
  void concretePointersFindTheirPattern() {
    assertEquals(
        "/managedNodeGroups/[]/labels/{}",
        LEDGER.entry("/managedNodeGroups/3/labels/team").orElseThrow().path());
    assertEquals(
        "/vpc/subnets/private/{}/id",
        LEDGER.entry("/vpc/subnets/private/eu-west-1a/id").orElseThrow().path());
    assertEquals(Optional.empty(), LEDGER.entry("/managedNodeGroups/0/nosuchfield"));
    assertEquals(Optional.empty(), LEDGER.entry("/managedNodeGroups/0"));
  }

  @Test
  void aPolicyDocumentBelongsToTheFieldThatHoldsIt() {
    assertEquals(
        "/iam/serviceAccounts/[]/attachPolicy/{}",
        LEDGER
            .entry("/iam/serviceAccounts/0/attachPolicy/Statement/0/Effect")
            .orElseThrow()
            .path());
  }

  @Test
  void aUnitIsTheWidestPartThatSharesOneDispositionAndReason() {
    assertEquals(
        "/accessConfig/accessEntries",
        LEDGER.unitOf("/accessConfig/accessEntries/0/accessPolicies/1/policyARN"));
    assertEquals("/nodeGroups", LEDGER.unitOf("/nodeGroups/2/iam/attachPolicyARNs/0"));
    assertEquals(
        "/managedNodeGroups/0/iam/withAddonPolicies",
        LEDGER.unitOf("/managedNodeGroups/0/iam/withAddonPolicies/ebs"));
    assertEquals("/metadata/annotations", LEDGER.unitOf("/metadata/annotations/owner"));
  }

  @Test
  void aMalformedLedgerLineFailsLoudly() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> LedgerFile.parse("/metadata/name\tcluster\tplanned\n"));
    assertTrue(e.getMessage().contains("line 1 has 3 columns"), e.getMessage());
  }

  @Test
  void aFieldNamedTwiceIsRefused() {
    LedgerEntry e =
        new LedgerEntry(
            "/metadata/name",
            "cluster",
            Disposition.PLANNED,
            Optional.of("0.1.0"),
            Optional.empty(),
            "why");
    assertThrows(IllegalStateException.class, () -> new FieldLedger(List.of(e, e)));
  }
}
