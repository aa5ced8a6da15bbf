/** Plain-text layout for the terminal: paragraphs wrapped to a width, and tables that fit 80 columns. */
package io.glutewise.cli.text;
