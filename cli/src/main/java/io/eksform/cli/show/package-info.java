/** {@code eksform show}: renders a saved plan file in any plan output format. */
package io.eksform.cli.show;
