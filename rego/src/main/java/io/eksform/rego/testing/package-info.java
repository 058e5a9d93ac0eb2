/**
 * The policy test runner: a test is a rule named {@code test_*}; a report holds each test's verdict
 * and, optionally, rule coverage per file.
 */
package io.eksform.rego.testing;
