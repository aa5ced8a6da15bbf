/**
 * Export formats shared by both front ends: a program (and its logs) or a referral as plain text,
 * Markdown, JSON, iCalendar, one self-contained printable HTML page, and PDF made from that page.
 *
 * <p>Start at {@link io.glutewise.export.ProgramExport}; {@link
 * io.glutewise.export.ExportFormat} names the formats by slug id, and {@link
 * io.glutewise.export.SvgCharts} draws the charts the HTML page embeds. Every output
 * carries the short notice of when to see a clinician.
 */
@GlutewiseStyle
package io.glutewise.export;

import io.glutewise.core.GlutewiseStyle;
