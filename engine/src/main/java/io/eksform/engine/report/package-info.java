/**
 * Output for people and machines: the report stage turns result models into text, JSON, SARIF and
 * the other formats CI systems read. Renderers only read a model; they decide nothing, not even the
 * exit code. Sub-packages hold the renderers of one kind of result each ({@code lint}).
 */
package io.eksform.engine.report;
