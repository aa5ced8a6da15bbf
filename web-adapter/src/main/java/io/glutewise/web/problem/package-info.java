/**
 * Errors as RFC 9457 problem details: one JSON shape for every 4xx and 5xx the server sends, naming
 * the offending field and never revealing internals.
 */
@io.glutewise.core.GlutewiseStyle
package io.glutewise.web.problem;
