/** Stage 8, cli: the {@code comention} command and its subcommands. Depends on every stage; nothing depends on it. */
package org.comention.cli;
