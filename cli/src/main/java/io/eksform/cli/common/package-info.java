/**
 * What every command shares: the tool version, whether the terminal wants colour, and {@link
 * io.eksform.cli.common.UserError}, the failure a user can fix.
 */
package io.eksform.cli.common;
