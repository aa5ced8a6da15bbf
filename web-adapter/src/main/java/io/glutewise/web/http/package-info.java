/**
 * What every request and response goes through: the security headers and the checks on a
 * request body (content type, size, encoding) before it is read as JSON.
 */
@io.glutewise.core.GlutewiseStyle
package io.glutewise.web.http;
