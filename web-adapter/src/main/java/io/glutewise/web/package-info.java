/**
 * The HTTP adapter: a small server over the planner, with a JSON API, its OpenAPI document and a
 * static page. {@link io.glutewise.web.WebServer} runs it from the command line; {@link
 * io.glutewise.web.WebApplication} builds it for tests and embedding.
 */
@io.glutewise.core.GlutewiseStyle
package io.glutewise.web;
