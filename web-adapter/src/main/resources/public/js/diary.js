// The training diary: the session due (adapted by POST /api/plans/next, each change with the
// planner's reason), a form to tick it off or enter what was done, the pain the next morning added
// later, corrections as new entries, and the history. A new entry is kept only once the planner
// has accepted it, so the diary never holds a log the planner refuses.
'use strict';

(function (GW) {
  const dom = GW.dom;
  const store = GW.store;
  const view = GW.planView;
  const KIND_WORDS = {
    progressed: 'Progress',
    held: 'Hold',
    regressed: 'Step down',
    deload: 'Lighter week',
    unchanged: 'As planned',
    replaced: 'Substitution'
  };

  let app = null;
  let shown = null; // { session, prescriptions, correcting }

  function profile() {
    return app.state.program.builtFrom.profile;
  }

  // as SessionPain.gate: the limit, or the everyday pain when that is higher
  function gate() {
    const p = profile();
    const limit = p.painLimit === undefined ? 5 : p.painLimit;
    return Math.max(limit, p.currentPain || 0);
  }

  function painDuring(entry) {
    return (entry.exercises || []).reduce(function (most, e) { return Math.max(most, e.painDuring || 0); }, 0);
  }

  function status(text) {
    dom.byId('diary-status').textContent = text;
  }

  function kindText(change) {
    return (KIND_WORDS[change.kind] || change.kind) + ': ' + change.reason.replace(/^[a-z -]+:\s*/, '');
  }

  function changeParagraph(change) {
    const p = dom.element('p', kindText(change), 'change change-' + change.kind);
    if (change.rule === 'flare-up' || /flare/i.test(change.reason)) {
      p.classList.add('change-flare');
    }
    return p;
  }

  function labelled(id, labelText, input, hint) {
    const field = dom.element('div', null, 'field');
    const label = dom.element('label', labelText);
    label.htmlFor = id;
    input.id = id;
    field.appendChild(label);
    if (hint) {
      const small = dom.element('span', hint, 'hint');
      small.id = id + '-hint';
      input.setAttribute('aria-describedby', small.id);
      field.appendChild(small);
    }
    field.appendChild(input);
    return field;
  }

  function painInput(value) {
    const input = dom.element('input');
    input.type = 'number';
    input.min = '0';
    input.max = '10';
    input.step = '1';
    input.inputMode = 'numeric';
    if (value !== undefined && value !== null) {
      input.value = String(value);
    }
    return input;
  }

  function gateWarning(input, warning) {
    const check = function () {
      const value = Number(input.value);
      const over = input.value.trim() !== '' && value > gate();
      warning.hidden = !over;
      warning.textContent = over
        ? value + '/10 is above your limit of ' + gate() + '/10. Ease off or stop this exercise if the pain keeps rising; the planner holds it or steps it back next time.'
        : '';
    };
    input.addEventListener('input', check);
    check();
  }

  function exerciseFieldset(prescription, i, change, previous) {
    const set = dom.element('fieldset', null, 'exercise-entry');
    set.dataset.exerciseId = prescription.exerciseId;
    set.appendChild(dom.element('legend', view.nameOf(app.names, prescription.exerciseId)));
    set.appendChild(dom.element('p', view.formatDose(prescription.dose), 'dose'));
    if (change) {
      set.appendChild(changeParagraph(change));
    }
    const tick = dom.element('label', null, 'tick');
    const box = dom.element('input');
    box.type = 'checkbox';
    box.id = 'done-' + i;
    box.className = 'as-prescribed';
    tick.appendChild(box);
    tick.appendChild(document.createTextNode(' Done as prescribed'));
    set.appendChild(tick);
    const reps = dom.element('input');
    reps.type = 'text';
    reps.inputMode = 'numeric';
    reps.autocomplete = 'off';
    reps.className = 'reps';
    const timed = GW.logEntry.isTimed(prescription.dose);
    if (previous) {
      reps.value = previous.sets.map(function (s) { return timed ? s.seconds : s.repetitions; }).join(',');
    }
    // what differed stays folded away, so that ticking off a session takes one tap per exercise
    const differed = dom.element('details', null, 'differed');
    differed.appendChild(dom.element('summary', 'Did it differ? Enter what you did'));
    differed.appendChild(labelled('reps-' + i, timed ? 'Seconds held, each set' : 'Reps done, each set', reps,
      'Such as 12,12,10, or one number for every set; this counts instead of the tick'));
    const load = dom.element('input');
    load.type = 'text';
    load.autocomplete = 'off';
    load.className = 'load';
    differed.appendChild(labelled('load-' + i, 'Load, if different', load, 'Such as 5 kg, 10 lb or band light'));
    differed.open = !!previous;
    set.appendChild(differed);
    const pain = painInput(previous ? previous.painDuring : null);
    pain.className = 'pain-during';
    set.appendChild(labelled('pain-' + i, 'Highest back pain during it (0 to 10)', pain));
    const hurts = dom.element('label', null, 'tick hurts');
    const hurtsBox = dom.element('input');
    hurtsBox.type = 'checkbox';
    hurtsBox.id = 'hurts-' + i;
    hurtsBox.className = 'hurting';
    hurtsBox.checked = !!(previous && previous.hurting);
    hurts.appendChild(hurtsBox);
    hurts.appendChild(document.createTextNode(' It hurt in a way that felt wrong: offer another exercise'));
    set.appendChild(hurts);
    const warning = dom.element('p', null, 'gate-warning');
    warning.setAttribute('aria-live', 'polite');
    set.appendChild(warning);
    gateWarning(pain, warning);
    return set;
  }

  function whenText(session) {
    const days = dom.daysBetween(dom.today(), session.date);
    if (days === 0) {
      return 'Planned for today, ' + dom.formatDate(session.date) + '.';
    }
    if (days > 0) {
      return 'Planned for ' + dom.formatDate(session.date) + ', in ' + dom.plural(days, 'day') + '.';
    }
    return 'Planned for ' + dom.formatDate(session.date) + ', ' + dom.plural(-days, 'day')
      + ' ago: do it when you can; the sessions after it move to keep two days between them.';
  }

  function showMessages(messages) {
    const box = dom.byId('planner-messages');
    box.replaceChildren();
    (messages || []).forEach(function (message) { box.appendChild(dom.element('p', message)); });
    box.hidden = !messages || messages.length === 0;
  }

  function renderUpNext(adaptation) {
    const heading = dom.byId('up-next-heading');
    const holder = dom.byId('log-exercises');
    holder.replaceChildren();
    dom.byId('log-warm-up').replaceChildren();
    dom.byId('log-cool-down').replaceChildren();
    dom.byId('left-out').replaceChildren();
    dom.byId('cancel-correction').hidden = true;
    showMessages(adaptation.messages);
    if (adaptation.sessions.length === 0) {
      shown = null;
      heading.textContent = 'You have finished the plan';
      dom.byId('up-next-when').textContent = 'Every session is logged. Save the diary file to keep the record.';
      dom.byId('log-form').hidden = true;
      return;
    }
    const next = adaptation.sessions[0];
    const session = next.session;
    const id = view.sessionId(session);
    shown = { session: session, prescriptions: session.main, correcting: null };
    const days = dom.daysBetween(dom.today(), session.date);
    heading.textContent = (days === 0 ? "Today's session: " : days > 0 ? 'Next session: ' : 'Session due: ')
      + 'week ' + session.week + ', session ' + session.index + ' (' + id + ')';
    dom.byId('up-next-when').textContent = whenText(session) + ' About ' + session.estimatedMinutes + ' minutes.';
    if (session.warmUp.length > 0) {
      dom.byId('log-warm-up').append(dom.element('h4', 'Warm-up'), view.prescriptionList(session.warmUp, app.names));
    }
    const changes = {};
    next.changes.forEach(function (change) { changes[change.exerciseId] = change; });
    session.main.forEach(function (prescription, i) {
      holder.appendChild(exerciseFieldset(prescription, i, changes[prescription.exerciseId], null));
    });
    const leftOut = dom.byId('left-out');
    (next.leftOut || []).concat(next.otherParts || []).forEach(function (change) {
      leftOut.appendChild(dom.element('p', view.nameOf(app.names, change.exerciseId) + ': ' + kindText(change), 'change change-' + change.kind));
    });
    if (session.coolDown.length > 0) {
      dom.byId('log-cool-down').append(dom.element('h4', 'Cool-down'), view.prescriptionList(session.coolDown, app.names));
    }
    dom.byId('log-date').value = dom.today();
    dom.byId('pain-before').value = '';
    dom.byId('log-notes').value = '';
    dom.byId('log-missed').hidden = false;
    dom.byId('log-session').textContent = 'Log this session';
    dom.byId('log-form').hidden = false;
  }

  function renderCorrection(entry) {
    const holder = dom.byId('log-exercises');
    holder.replaceChildren();
    dom.byId('log-warm-up').replaceChildren();
    dom.byId('log-cool-down').replaceChildren();
    dom.byId('left-out').replaceChildren();
    const planned = view.sessionsOf(app.state.program).filter(function (s) { return view.sessionId(s) === entry.sessionId; })[0];
    const byId = {};
    planned.main.forEach(function (p) { byId[p.exerciseId] = p; });
    // the exercises as logged: an adapted session may have held another exercise than the plan
    const prescriptions = entry.exercises.map(function (e) {
      return byId[e.exerciseId] || { exerciseId: e.exerciseId, dose: doseOfLogged(e) };
    });
    shown = { session: planned, prescriptions: prescriptions, correcting: entry };
    dom.byId('up-next-heading').textContent = 'Correcting session ' + entry.sessionId;
    dom.byId('up-next-when').textContent = 'Change what was wrong and save: the new entry counts, the earlier one stays in the history.';
    prescriptions.forEach(function (prescription, i) {
      holder.appendChild(exerciseFieldset(prescription, i, null, entry.exercises[i]));
    });
    dom.byId('log-date').value = entry.date;
    dom.byId('pain-before').value = entry.painBefore === undefined ? '' : String(entry.painBefore);
    dom.byId('log-notes').value = entry.notes || '';
    dom.byId('log-missed').hidden = true;
    dom.byId('cancel-correction').hidden = false;
    dom.byId('log-session').textContent = 'Save the correction';
    dom.byId('log-form').hidden = false;
    dom.byId('up-next-heading').focus();
  }

  function doseOfLogged(exercise) {
    const first = exercise.sets[0] || {};
    const amount = first.seconds !== undefined ? { seconds: { min: first.seconds, max: first.seconds } }
      : { repetitions: { min: first.repetitions || 0, max: first.repetitions || 0 } };
    return Object.assign({ sets: exercise.sets.length, restSeconds: 60, load: first.load }, amount);
  }

  function readEntry() {
    const sets = Array.from(dom.byId('log-exercises').querySelectorAll('fieldset.exercise-entry'));
    const exercises = [];
    let skipped = 0;
    sets.forEach(function (set, i) {
      const prescription = shown.prescriptions[i];
      const entry = GW.logEntry.exercise(prescription, view.nameOf(app.names, prescription.exerciseId), {
        reps: set.querySelector('input.reps').value,
        load: set.querySelector('input.load').value,
        pain: set.querySelector('input.pain-during').value,
        asPrescribed: set.querySelector('input.as-prescribed').checked,
        hurting: set.querySelector('input.hurting').checked
      });
      if (entry && entry.skipped) {
        delete entry.skipped;
        exercises.push(entry);
        skipped++;
      } else if (entry) {
        exercises.push(entry);
      } else {
        skipped++;
      }
    });
    if (exercises.every(function (e) { return e.sets.length === 0; })) {
      throw new Error('Nothing is ticked or entered yet. Tick each exercise you did, or choose "I missed this session".');
    }
    const date = dom.byId('log-date').value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new Error('Done on: choose the date you did the session.');
    }
    const entry = {
      sessionId: view.sessionId(shown.session),
      date: date,
      status: skipped > 0 || (shown.correcting && shown.correcting.status === 'partial') ? 'partial' : 'completed',
      exercises: exercises
    };
    const before = GW.logEntry.pain(dom.byId('pain-before').value, 'Back pain before the session');
    if (before !== null) {
      entry.painBefore = before;
    }
    if (shown.correcting && shown.correcting.painNextMorning !== undefined) {
      entry.painNextMorning = shown.correcting.painNextMorning;
    }
    const notes = dom.byId('log-notes').value.trim();
    if (notes) {
      entry.notes = notes;
    }
    return { entry: entry, skipped: skipped, total: sets.length };
  }

  async function adapt(logs) {
    const body = { program: app.state.program, logs: store.current(logs) };
    return (await GW.api.postJson('/api/plans/next', body)).json();
  }

  // keeps the entry only when the planner accepts the log with it
  async function commit(entry, message) {
    app.clearError();
    const logs = app.state.logs.concat([entry]);
    let adaptation;
    try {
      adaptation = await adapt(logs);
    } catch (error) {
      app.showError(error, 'The planner could not use this entry, so it was not kept.');
      return false;
    }
    app.state.logs = logs;
    app.persist();
    renderAll(adaptation);
    status(message);
    dom.byId('up-next-heading').focus();
    return true;
  }

  async function submitLog(event) {
    event.preventDefault();
    if (!shown) {
      return;
    }
    let read;
    try {
      read = readEntry();
    } catch (problem) {
      app.showError(problem);
      return;
    }
    const id = read.entry.sessionId;
    const message = shown.correcting
      ? 'Corrected ' + id + ': the new entry counts; the earlier one stays in the history.'
      : read.entry.status === 'partial'
        ? 'Logged ' + id + ' as partial: ' + read.skipped + ' of ' + read.total + ' exercises not done.'
        : 'Logged ' + id + ' as done in full.';
    await commit(read.entry, message);
  }

  async function logMissed() {
    if (!shown || shown.correcting) {
      return;
    }
    const id = view.sessionId(shown.session);
    await commit({ sessionId: id, date: shown.session.date, status: 'missed', exercises: [] },
      'Logged ' + id + ' as missed.');
  }

  // the morning after the latest session in the plan, not after an older one just corrected
  function lastWithoutMorning() {
    const order = view.sessionsOf(app.state.program).map(view.sessionId);
    const current = store.current(app.state.logs).slice().sort(function (a, b) {
      return order.indexOf(a.sessionId) - order.indexOf(b.sessionId);
    });
    const last = current.length ? current[current.length - 1] : null;
    return last && last.status !== 'missed' && last.painNextMorning === undefined ? last : null;
  }

  async function submitMorning(event) {
    event.preventDefault();
    const entry = lastWithoutMorning();
    if (!entry) {
      return;
    }
    let pain;
    try {
      pain = GW.logEntry.pain(dom.byId('morning-pain').value, 'Back pain this morning');
      if (pain === null) {
        throw new Error('Back pain this morning: enter a number from 0 to 10.');
      }
    } catch (problem) {
      app.showError(problem);
      return;
    }
    const corrected = JSON.parse(JSON.stringify(entry));
    corrected.painNextMorning = pain;
    await commit(corrected, 'Added the pain the morning after ' + entry.sessionId + ' (' + pain + '/10).');
  }

  function renderMorning() {
    const entry = lastWithoutMorning();
    dom.byId('morning').hidden = !entry;
    if (entry) {
      dom.byId('morning-label').textContent = 'Back pain the morning after session ' + entry.sessionId + ' (0 to 10)';
      dom.byId('morning-pain').value = '';
    }
  }

  function painWords(value, limit) {
    return value > limit ? value + ' (above your limit of ' + limit + ')' : String(value);
  }

  function renderHistory() {
    const list = dom.byId('history-list');
    list.replaceChildren();
    const order = view.sessionsOf(app.state.program).map(view.sessionId);
    const current = store.current(app.state.logs).slice().sort(function (a, b) {
      return order.indexOf(a.sessionId) - order.indexOf(b.sessionId);
    });
    if (current.length === 0) {
      list.appendChild(dom.element('p', 'No session logged yet.'));
      return;
    }
    const ol = dom.element('ol', null, 'history');
    current.forEach(function (entry) {
      const item = dom.element('li');
      item.dataset.sessionId = entry.sessionId;
      item.appendChild(dom.element('strong', entry.sessionId + ', ' + dom.formatDate(entry.date) + ': '
        + (entry.status === 'completed' ? 'done in full' : entry.status)));
      if (entry.status !== 'missed') {
        const during = painDuring(entry);
        const p = dom.element('p', 'Pain before ' + (entry.painBefore === undefined ? '–' : entry.painBefore)
          + ', during ' + painWords(during, gate()) + ', next morning '
          + (entry.painNextMorning === undefined ? '–' : entry.painNextMorning) + '.');
        if (during > gate()) {
          p.className = 'over-gate';
        }
        item.appendChild(p);
        const done = dom.element('ul', null, 'logged-exercises');
        entry.exercises.forEach(function (e) {
          const counts = e.sets.map(function (s) { return s.seconds !== undefined ? s.seconds + ' s' : s.repetitions; }).join(', ');
          done.appendChild(dom.element('li', view.nameOf(app.names, e.exerciseId) + ': '
            + (e.sets.length ? counts : 'left out') + '; pain ' + e.painDuring + (e.hurting ? '; it hurt' : '')));
        });
        item.appendChild(done);
      }
      const entries = store.entriesFor(app.state.logs, entry.sessionId).length;
      if (entries > 1) {
        item.appendChild(dom.element('p', entries + ' entries for this session; the latest counts and the others stay as history.', 'note'));
      }
      if (entry.status !== 'missed') {
        const button = dom.element('button', 'Correct', 'secondary');
        button.type = 'button';
        button.setAttribute('aria-label', 'Correct session ' + entry.sessionId);
        button.addEventListener('click', function () { renderCorrection(entry); });
        item.appendChild(button);
      }
      ol.appendChild(item);
    });
    list.appendChild(ol);
  }

  function painRows() {
    const order = view.sessionsOf(app.state.program).map(view.sessionId);
    return store.current(app.state.logs)
      .filter(function (e) { return e.status !== 'missed'; })
      .sort(function (a, b) { return order.indexOf(a.sessionId) - order.indexOf(b.sessionId); })
      .map(function (e) {
        return {
          sessionId: e.sessionId,
          before: e.painBefore === undefined ? null : e.painBefore,
          during: painDuring(e),
          morning: e.painNextMorning === undefined ? null : e.painNextMorning
        };
      });
  }

  function drawPain() {
    GW.charts.pain(dom.byId('pain-chart'), painRows(), gate());
  }

  function renderSummary() {
    const program = app.state.program;
    const sessions = view.sessionsOf(program);
    const current = store.current(app.state.logs);
    const partial = current.filter(function (e) { return e.status === 'partial'; }).length;
    const missed = current.filter(function (e) { return e.status === 'missed'; }).length;
    dom.byId('diary-summary').textContent = view.weeksOf(program).length + '-week plan from '
      + dom.formatDate(program.builtFrom.options.startDate) + ', ' + program.builtFrom.profile.daysPerWeek
      + ' sessions a week. Logged: ' + current.length + ' of ' + sessions.length + ' sessions'
      + (partial ? ', ' + partial + ' partial' : '') + (missed ? ', ' + missed + ' missed' : '')
      + '. Kept in this browser only.';
  }

  function renderAll(adaptation) {
    renderSummary();
    renderUpNext(adaptation);
    renderMorning();
    renderHistory();
    drawPain();
  }

  /** Shows the diary of app.state and asks the planner for the session due. */
  async function show() {
    dom.byId('diary').hidden = false;
    renderSummary();
    renderMorning();
    renderHistory();
    drawPain();
    try {
      renderUpNext(await adapt(app.state.logs));
    } catch (error) {
      dom.byId('log-form').hidden = true;
      app.showError(error, 'The planner could not read this diary.');
    }
  }

  function init(context) {
    app = context;
    dom.byId('log-form').addEventListener('submit', submitLog);
    dom.byId('log-missed').addEventListener('click', logMissed);
    dom.byId('morning-form').addEventListener('submit', submitMorning);
    dom.byId('cancel-correction').addEventListener('click', function () { show(); });
  }

  GW.diary = { init: init, show: show, adapt: adapt, redrawPain: drawPain };
}(window.GW = window.GW || {}));
