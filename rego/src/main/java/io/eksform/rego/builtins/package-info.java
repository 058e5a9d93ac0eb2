/**
 * Builtin functions: the registry, the calling convention ({@link
 * io.eksform.rego.builtins.BuiltinFunction}) and one class per family of builtins, all registered
 * by {@link io.eksform.rego.builtins.StandardBuiltins#registerAll}.
 *
 * <p>A <em>builtin</em> maps argument values to one value, or to "undefined" (null). An <em>operand
 * error</em> ({@code eval_type_error}) means an argument has the wrong type; a <em>builtin
 * error</em> ({@code eval_builtin_error}) means a well-typed argument has a bad value. Messages
 * follow OPA word for word, because policies and tests match on them.
 *
 * <p>Where OPA inherits behaviour from Go, the Go rules are reproduced here by small named helpers:
 * {@code GoRegex} (RE2 iteration and {@code $1} expansion), {@code SprintfFormatter}/{@code
 * GoVerbs}/{@code GoFloat} ({@code fmt} verbs and float text), {@code GoLayout}/{@code
 * GoTimeParse}/{@code GoTimeFormat} (time layouts), {@code GoDuration}, {@code GoJson} and {@code
 * GoYaml} (marshalling), {@code GoQuote} ({@code strconv.Quote}) and {@code IpAddress} ({@code
 * net.ParseIP}/{@code ParseCIDR}). Strings count Unicode code points; numbers stay exact. No
 * builtin reads files or uses the network.
 */
package io.eksform.rego.builtins;
