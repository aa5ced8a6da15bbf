/**
 * The glutewise command line: the entry point, the root command, the environment it runs in, the
 * exit codes and the one place where failures become messages.
 *
 * <p>Every command is a thin layer over the library: it reads options and files, calls the
 * planner or the catalog, and prints. Output goes through the command's own writers so tests can
 * capture it.
 */
package io.glutewise.cli;
