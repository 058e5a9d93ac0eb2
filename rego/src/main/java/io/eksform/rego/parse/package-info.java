/**
 * Rego source text to syntax tree: the lexer (tokens with layout flags), the recursive-descent
 * parser, template-string splitting, the printer (tree back to text) and parse errors.
 */
package io.eksform.rego.parse;
