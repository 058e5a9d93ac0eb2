/**
 * {@code eksform apply}: applies a saved plan (refusing it when stale) or plans a config and
 * applies it after confirmation, printing the engine's apply events as text or JSON lines.
 */
package io.eksform.cli.apply;
