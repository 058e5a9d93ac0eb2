/**
 * Builtin functions: the registry, the calling convention ({@link
 * io.eksform.rego.builtins.BuiltinFunction}) and one class per family of builtins.
 */
package io.eksform.rego.builtins;
