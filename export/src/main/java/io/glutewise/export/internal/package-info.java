/**
 * The pieces the export formats share: wrapping text to a width, escaping for XML and Markdown,
 * writing XML, dose and date wording, and the facts about a program that every format shows.
 * Not API: these may change with any release.
 */
package io.glutewise.export.internal;
