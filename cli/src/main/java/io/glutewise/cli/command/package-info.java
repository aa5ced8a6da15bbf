/**
 * The glutewise commands, one class per command: {@code plan}, {@code screen}, {@code exercises},
 * {@code exercise}, {@code log}, {@code next}, {@code catalog validate|import} and
 * {@code completion}. Each reads its options, calls the library and prints through its
 * command's writers.
 */
package io.glutewise.cli.command;
