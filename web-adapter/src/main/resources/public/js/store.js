// The diary as the browser keeps it: the program and every log entry, oldest first, in
// localStorage. A correction is a new entry for a session already logged; the latest entry of a
// session is the one that counts (as LogHistory reads the CLI's log), and none is ever rewritten.
// The diary file is {"program": ..., "logs": [...]}, the body POST /api/plans/next takes; the
// command line's program.json and log.jsonl open too.
'use strict';

(function (GW) {
  const KEY = 'glutewise.diary';

  function load() {
    let text = null;
    try {
      text = window.localStorage.getItem(KEY);
    } catch (blocked) {
      return { state: null, problem: 'This browser does not let the page keep anything, so the diary lasts until the page closes. Save the diary file to keep it.' };
    }
    if (text === null) {
      return { state: null, problem: null };
    }
    try {
      return { state: checked(JSON.parse(text)), problem: null };
    } catch (damaged) {
      return { state: null, problem: 'The diary kept in this browser could not be read (' + damaged.message + '). Open a saved diary file to go on.' };
    }
  }

  function save(state) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify({ program: state.program, logs: state.logs, emphasis: state.emphasis || null }));
      return null;
    } catch (full) {
      return 'The browser would not keep the diary (its storage may be full or switched off). Save the diary file so nothing is lost.';
    }
  }

  function clear() {
    try {
      window.localStorage.removeItem(KEY);
    } catch (blocked) {
      // nothing was kept
    }
  }

  function isProgram(value) {
    return value !== null && typeof value === 'object' && Array.isArray(value.phases) && value.builtFrom;
  }

  function isLog(value) {
    return value !== null && typeof value === 'object' && typeof value.sessionId === 'string' && typeof value.date === 'string';
  }

  function checked(value) {
    if (!value || !isProgram(value.program)) {
      throw new Error('it holds no plan');
    }
    const logs = value.logs || [];
    if (!Array.isArray(logs) || !logs.every(isLog)) {
      throw new Error('its log entries need a session and a date each');
    }
    return { program: value.program, logs: logs, emphasis: value.emphasis || null };
  }

  // the answer that counts for each session, in the order the sessions were first logged
  function current(logs) {
    const order = [];
    const latest = {};
    logs.forEach(function (entry) {
      if (!(entry.sessionId in latest)) {
        order.push(entry.sessionId);
      }
      latest[entry.sessionId] = entry;
    });
    return order.map(function (id) { return latest[id]; });
  }

  function entriesFor(logs, sessionId) {
    return logs.filter(function (entry) { return entry.sessionId === sessionId; });
  }

  function fileText(state) {
    return JSON.stringify({ program: state.program, logs: state.logs }, null, 2) + '\n';
  }

  function logLines(logs) {
    return logs.map(function (entry) { return JSON.stringify(entry); }).join('\n') + (logs.length ? '\n' : '');
  }

  /**
   * What a chosen file holds: {program, logs} for a diary file (or the JSON export's envelope),
   * {program} for the command line's program.json, {logs} for its log.jsonl. Throws an Error
   * saying what the file is not.
   */
  function readFile(text, name) {
    let value;
    try {
      value = JSON.parse(text);
    } catch (notOneValue) {
      const lines = text.split('\n').map(function (line) { return line.trim(); }).filter(Boolean);
      const logs = [];
      lines.forEach(function (line, i) {
        let entry;
        try {
          entry = JSON.parse(line);
        } catch (bad) {
          throw new Error(name + ' is neither a diary file nor a training log: line ' + (i + 1) + ' is not JSON.');
        }
        if (!isLog(entry)) {
          throw new Error(name + ', line ' + (i + 1) + ': a log entry needs a session and a date.');
        }
        logs.push(entry);
      });
      if (logs.length === 0) {
        throw new Error(name + ' is empty.');
      }
      return { logs: logs };
    }
    if (isLog(value)) {
      return { logs: [value] };
    }
    if (isProgram(value)) {
      return { program: value };
    }
    if (value && isProgram(value.program)) {
      const logs = value.logs || [];
      if (!Array.isArray(logs) || !logs.every(isLog)) {
        throw new Error(name + ': its log entries need a session and a date each.');
      }
      return { program: value.program, logs: logs };
    }
    throw new Error(name + ' holds no glutewise plan or log.');
  }

  GW.store = {
    load: load, save: save, clear: clear, current: current, entriesFor: entriesFor,
    fileText: fileText, logLines: logLines, readFile: readFile
  };
}(window.GW = window.GW || {}));
