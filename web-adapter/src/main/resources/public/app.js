// The glutewise page: asks the red-flag questions and the weak-glute signs, builds a plan, and
// from then on keeps it as a training diary in this browser (see js/diary.js and js/store.js).
// Everything it shows comes from the server or the diary; text goes in through textContent only.
'use strict';

(function (GW) {
  const dom = GW.dom;
  const byId = dom.byId;
  const element = dom.element;

  const app = {
    state: null,
    names: {},
    guidanceReady: false,
    namesReady: false,
    statistics: null
  };

  app.showError = function (error, lead) {
    const box = byId('error');
    box.replaceChildren();
    const said = GW.api.describe(error);
    if (lead) {
      box.appendChild(element('p', lead, 'lead'));
    }
    box.appendChild(element('p', said.summary));
    if (said.items.length > 0) {
      const list = element('ul');
      said.items.forEach(function (item) { list.appendChild(element('li', item)); });
      box.appendChild(list);
    }
    box.hidden = false;
  };

  app.clearError = function () {
    byId('error').hidden = true;
  };

  app.persist = function () {
    const problem = GW.store.save(app.state);
    byId('storage-status').textContent = problem || '';
  };

  function updateReady() {
    byId('submit-plan').disabled = !(app.guidanceReady && app.namesReady);
  }

  function checkbox(name, value, id, text) {
    const label = element('label');
    const box = element('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    box.id = id;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + text));
    return label;
  }

  function renderQuestions(guidance) {
    byId('notice-text').textContent = guidance.clinicianNotice;
    byId('print-notice').textContent = guidance.clinicianNotice;
    const flags = byId('red-flag-list');
    flags.replaceChildren();
    guidance.redFlagQuestions.forEach(function (item) {
      flags.appendChild(checkbox('redFlags', item.flag, 'red-flag-' + item.flag, item.question));
    });
    byId('red-flag-status').textContent = guidance.redFlagQuestions.length + ' questions; an empty box means no.';
    const signs = byId('weak-glute-list');
    signs.replaceChildren();
    (guidance.weakGluteChecklist || []).forEach(function (item) {
      signs.appendChild(checkbox('weakGluteSigns', item.sign, 'sign-' + item.sign, item.statement));
    });
    byId('weak-glutes').hidden = signs.children.length === 0;
  }

  function checked(name) {
    return Array.from(document.querySelectorAll('input[name="' + name + '"]:checked'))
      .map(function (box) { return box.value; });
  }

  function number(id) {
    const value = byId(id).value.trim();
    return value === '' ? NaN : Number(value);
  }

  // a clearance covers the questions ticked now; without a tick there is nothing to clear
  function clearance(redFlags) {
    if (!byId('clearance-given').checked || redFlags.length === 0) {
      return undefined;
    }
    return { flags: redFlags, clinician: byId('clearance-clinician').value.trim(), date: byId('clearance-date').value };
  }

  function readForm() {
    const redFlags = checked('redFlags');
    return {
      profile: {
        level: byId('level').value,
        equipment: checked('equipment'),
        daysPerWeek: number('days'),
        minutesPerSession: number('minutes'),
        currentPain: number('pain'),
        painLimit: number('pain-limit'),
        goals: checked('goals'),
        limitations: checked('limitations'),
        redFlags: redFlags,
        clearance: clearance(redFlags),
        weakGluteSigns: checked('weakGluteSigns')
      },
      options: {
        weeks: number('weeks'),
        startDate: byId('start').value
      }
    };
  }

  function localProblems(request) {
    const problems = [];
    const ranges = [
      ['days', 'Training days per week', 1, 6],
      ['weeks', 'Program length', 4, 26],
      ['minutes', 'Minutes per session', 10, 120],
      ['pain', 'Back pain right now', 0, 10],
      ['pain-limit', 'Highest pain you accept', 0, 10]
    ];
    ranges.forEach(function (range) {
      const value = number(range[0]);
      if (!Number.isInteger(value) || value < range[2] || value > range[3]) {
        problems.push({ field: range[1], message: 'must be a whole number from ' + range[2] + ' to ' + range[3] });
      }
    });
    if (!request.options.startDate) {
      problems.push({ field: 'First day', message: 'choose a date' });
    }
    if (byId('clearance-given').checked) {
      if (request.profile.redFlags.length === 0) {
        problems.push({ field: 'Clearance', message: 'tick the safety questions the clinician saw you about' });
      }
      if (!byId('clearance-clinician').value.trim()) {
        problems.push({ field: 'Who cleared you', message: 'give a name or a practice' });
      }
      const when = byId('clearance-date').value;
      if (!when) {
        problems.push({ field: 'When', message: 'choose the date of the clearance' });
      } else if (when > dom.today()) {
        problems.push({ field: 'When', message: 'a clearance cannot be in the future' });
      }
    }
    return problems;
  }

  function clearResult() {
    app.clearError();
    byId('referral').hidden = true;
  }

  async function submit(event) {
    event.preventDefault();
    clearResult();
    const request = readForm();
    const problems = localProblems(request);
    if (problems.length > 0) {
      const error = new Error('Some answers need a look.');
      error.problem = { detail: 'Some answers need a look.', errors: problems };
      app.showError(error);
      return;
    }
    const button = byId('submit-plan');
    button.disabled = true;
    byId('form-status').textContent = 'Building your plan…';
    try {
      const result = await (await GW.api.postJson('/api/plans', request)).json();
      byId('form-status').textContent = '';
      if (result.referral) {
        showReferral(result.referral);
      } else {
        app.state = { program: result.program, logs: [], emphasis: result.screening.weakGlutes.emphasis };
        app.persist();
        await showDiary(true);
      }
    } catch (error) {
      byId('form-status').textContent = '';
      app.showError(error);
    } finally {
      button.disabled = false;
    }
  }

  function showReferral(referral) {
    byId('plan').hidden = true;
    byId('diary').hidden = true;
    byId('plan-weeks').replaceChildren();
    byId('volume-chart').replaceChildren();
    byId('referral-message').textContent = referral.message;
    byId('referral').hidden = false;
    byId('referral-heading').focus();
  }

  function renderPlan() {
    const program = app.state.program;
    const weeks = GW.planView.weeksOf(program);
    byId('plan-summary').textContent = weeks.length + ' weeks, ' + program.builtFrom.profile.daysPerWeek
      + ' sessions a week, starting ' + dom.formatDate(program.builtFrom.options.startDate) + '.';
    byId('plan-emphasis').textContent = app.state.emphasis || '';
    const cleared = program.builtFrom.profile.clearance;
    const statement = byId('diary-clearance');
    statement.hidden = !cleared;
    statement.textContent = cleared
      ? 'This plan follows the clearance ' + cleared.clinician + ' gave on ' + dom.formatDate(cleared.date)
        + ' for ' + cleared.flags.length + (cleared.flags.length === 1 ? ' safety question' : ' safety questions')
        + '. If anything about it changes, or a new warning sign appears, stop and see them again.'
      : '';
    const container = byId('plan-weeks');
    container.replaceChildren();
    weeks.forEach(function (entry) {
      container.appendChild(GW.planView.renderWeek(entry.phase, entry.week, app.names));
    });
    byId('plan').hidden = false;
  }

  async function drawVolume() {
    try {
      app.statistics = await (await GW.api.postJson('/api/plans/statistics', { program: app.state.program })).json();
      GW.charts.volume(byId('volume-chart'), app.statistics);
    } catch (error) {
      byId('volume-chart').replaceChildren(element('p', 'The chart could not be drawn: ' + GW.api.describe(error).summary));
    }
  }

  async function showDiary(focusPlan) {
    byId('referral').hidden = true;
    byId('plan-form').hidden = true;
    byId('new-plan').hidden = false;
    byId('save-diary').disabled = false;
    byId('save-program').disabled = false;
    byId('save-log').disabled = false;
    renderPlan();
    await GW.diary.show();
    if (focusPlan) {
      byId('up-next-heading').focus();
    }
    await drawVolume();
  }

  function fileStem() {
    return 'glutewise-plan-' + app.state.program.builtFrom.options.startDate;
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  async function download(kind, extension, accept) {
    if (!app.state) {
      return;
    }
    try {
      const body = { program: app.state.program, logs: GW.store.current(app.state.logs) };
      if (kind === 'ics') {
        delete body.logs;
      }
      const response = await GW.api.postJson('/api/exports/' + kind, body, accept);
      save(await response.blob(), fileStem() + '.' + extension);
    } catch (error) {
      app.showError(error);
    }
  }

  function saveText(text, name) {
    save(new Blob([text], { type: 'application/json' }), name);
  }

  async function openFile() {
    const input = byId('open-diary');
    const file = input.files[0];
    if (!file) {
      return;
    }
    app.clearError();
    const fileStatus = byId('file-status');
    try {
      const read = GW.store.readFile(await file.text(), file.name);
      const program = read.program || (app.state && app.state.program);
      if (!program) {
        throw new Error(file.name + ' holds a training log but no plan: open the diary file or the plan (program.json) first.');
      }
      const candidate = { program: program, logs: read.logs || (read.program ? [] : app.state.logs), emphasis: null };
      // the planner checks the plan and the log before the diary is replaced
      await GW.api.postJson('/api/plans/next', { program: candidate.program, logs: GW.store.current(candidate.logs) });
      app.state = candidate;
      app.persist();
      fileStatus.textContent = 'Opened ' + file.name + ': a ' + GW.planView.weeksOf(program).length + '-week plan with '
        + dom.plural(candidate.logs.length, 'log entry', 'log entries') + '.';
      await showDiary(false);
      byId('diary-heading').focus();
    } catch (error) {
      fileStatus.textContent = '';
      app.showError(error, 'The file was not opened; the diary is as it was.');
    } finally {
      input.value = '';
    }
  }

  function startNewPlan() {
    byId('plan-form').hidden = false;
    byId('new-plan').hidden = true;
    byId('form-status').textContent = 'A new plan starts a new diary. Save the diary file first to keep this one.';
    byId('level').focus();
  }

  let resizeTimer = null;
  function redrawOnResize() {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      if (app.statistics && !byId('plan').hidden) {
        GW.charts.volume(byId('volume-chart'), app.statistics);
      }
      if (app.state && !byId('diary').hidden) {
        GW.diary.redrawPain();
      }
    }, 150);
  }

  async function start() {
    byId('start').value = dom.nextMonday();
    GW.diary.init(app);
    byId('plan-form').addEventListener('submit', submit);
    byId('print-plan').addEventListener('click', function () { window.print(); });
    byId('download-ics').addEventListener('click', function () { download('ics', 'ics', 'text/calendar'); });
    byId('download-markdown').addEventListener('click', function () { download('markdown', 'md', 'text/markdown'); });
    byId('download-html').addEventListener('click', function () { download('html', 'html', 'text/html'); });
    byId('download-json').addEventListener('click', function () {
      saveText(JSON.stringify(app.state.program, null, 2), fileStem() + '.json');
    });
    byId('save-diary').addEventListener('click', function () {
      saveText(GW.store.fileText(app.state), 'glutewise-diary-' + app.state.program.builtFrom.options.startDate + '.json');
    });
    byId('save-program').addEventListener('click', function () {
      saveText(JSON.stringify(app.state.program) + '\n', 'program.json');
    });
    byId('save-log').addEventListener('click', function () {
      saveText(GW.store.logLines(app.state.logs), 'log.jsonl');
    });
    byId('open-diary').addEventListener('change', openFile);
    byId('new-plan').addEventListener('click', startNewPlan);
    window.addEventListener('resize', redrawOnResize);
    try {
      renderQuestions(await GW.api.getJson('/api/guidance'));
      app.guidanceReady = true;
    } catch (error) {
      byId('red-flag-status').textContent = 'The safety questions could not be loaded, so planning is off. Reload the page to try again.';
    }
    try {
      const list = await GW.api.getJson('/api/exercises');
      list.exercises.forEach(function (exercise) { app.names[exercise.id] = exercise.name; });
      app.namesReady = true;
    } catch (error) {
      app.showError(error);
    }
    updateReady();
    const kept = GW.store.load();
    byId('storage-status').textContent = kept.problem || '';
    if (kept.state) {
      app.state = kept.state;
      await showDiary(false);
    }
  }

  document.addEventListener('DOMContentLoaded', start);
}(window.GW = window.GW || {}));
