/**
 * The JSON API: the routes, declared in one place, the small handlers that call the planner, and
 * the request and response bodies that are not planner types.
 */
@io.glutewise.core.GlutewiseStyle
package io.glutewise.web.api;
