// Talks to the glutewise API. A 4xx or 5xx answer becomes an Error carrying the problem document,
// and describe() turns it into plain sentences for the page (no JSON paths, no status codes).
'use strict';

(function (GW) {
  async function problemOf(response) {
    let problem = { detail: 'The server could not answer (status ' + response.status + ').', errors: [] };
    try {
      const body = await response.json();
      if (body && body.detail) {
        problem = body;
      }
    } catch (ignored) {
      // not a problem document: keep the plain message
    }
    const error = new Error(problem.detail);
    error.problem = problem;
    return error;
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response.json();
  }

  async function postJson(path, body, accept) {
    let response;
    try {
      response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': accept || 'application/json' },
        body: JSON.stringify(body)
      });
    } catch (offline) {
      throw new Error('The glutewise server could not be reached. Nothing was lost: your diary stays in this browser.');
    }
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response;
  }

  // "$.logs[0].sessionId: ..." reads as code; people get the message after the path
  function withoutPath(text) {
    return String(text).replace(/^\$[^\s:]*:\s*/, '');
  }

  function describe(error) {
    if (!error.problem) {
      return { summary: String(error.message), items: [] };
    }
    const items = (error.problem.errors || []).map(function (item) {
      const message = withoutPath(item.message || '');
      return item.field && !item.path ? item.field + ': ' + message : message;
    });
    const summary = withoutPath(error.problem.detail);
    return { summary: summary, items: items.filter(function (item) { return item !== summary; }) };
  }

  GW.api = { getJson: getJson, postJson: postJson, describe: describe };
}(window.GW = window.GW || {}));
