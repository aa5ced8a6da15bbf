// The glutewise page: asks the red-flag questions first, sends the profile to the API, and shows
// the referral or the plan week by week, with its volume chart and downloads. Everything it shows
// comes from the server; text goes into the page through textContent only.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const COLOURS = ['#1b5e8a', '#c2571a', '#2e7d32', '#7b3fa0', '#a61b4a', '#5d6d1e', '#00838f',
    '#8d6e00', '#455a64', '#ad1457', '#3949ab', '#6d4c41'];
  const PHASE_NAMES = {
    'activation': 'Activation',
    'strength-endurance': 'Strength-endurance',
    'strength': 'Strength',
    'consolidation': 'Consolidation'
  };

  const state = { exerciseNames: {}, program: null, guidanceReady: false, namesReady: false };

  function byId(id) {
    return document.getElementById(id);
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, String(attributes[name]));
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function nextMonday() {
    const day = new Date();
    day.setHours(12, 0, 0, 0);
    const offset = (8 - day.getDay()) % 7 || 7;
    day.setDate(day.getDate() + offset);
    const month = String(day.getMonth() + 1).padStart(2, '0');
    const date = String(day.getDate()).padStart(2, '0');
    return day.getFullYear() + '-' + month + '-' + date;
  }

  function formatDate(iso) {
    const parts = iso.split('-').map(Number);
    const day = new Date(parts[0], parts[1] - 1, parts[2], 12);
    return day.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { 'Accept': 'application/json' } });
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response.json();
  }

  async function postJson(path, body, accept) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': accept || 'application/json' },
      body: JSON.stringify(body)
    });
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response;
  }

  async function problemOf(response) {
    let problem = { detail: 'The server answered ' + response.status + '.', errors: [] };
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

  function showError(error) {
    const box = byId('error');
    box.replaceChildren();
    box.appendChild(element('p', error.problem ? error.problem.detail : String(error.message)));
    const errors = (error.problem && error.problem.errors) || [];
    if (errors.length > 0) {
      const list = element('ul');
      errors.forEach(function (item) {
        list.appendChild(element('li', (item.path || item.field) + ': ' + item.message));
      });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function clearResult() {
    byId('error').hidden = true;
    byId('referral').hidden = true;
    byId('plan').hidden = true;
  }

  function updateReady() {
    const ready = state.guidanceReady && state.namesReady;
    byId('submit-plan').disabled = !ready;
  }

  function renderQuestions(guidance) {
    byId('notice-text').textContent = guidance.clinicianNotice;
    byId('print-notice').textContent = guidance.clinicianNotice;
    const list = byId('red-flag-list');
    list.replaceChildren();
    guidance.redFlagQuestions.forEach(function (item) {
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.name = 'redFlags';
      box.value = item.flag;
      box.id = 'red-flag-' + item.flag;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + item.question));
      list.appendChild(label);
    });
    byId('red-flag-status').textContent = guidance.redFlagQuestions.length + ' questions; an empty box means no.';
  }

  function checked(name) {
    return Array.from(document.querySelectorAll('input[name="' + name + '"]:checked'))
      .map(function (box) { return box.value; });
  }

  function number(id) {
    const value = byId(id).value.trim();
    return value === '' ? NaN : Number(value);
  }

  function readForm() {
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
        redFlags: checked('redFlags')
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
    return problems;
  }

  async function submit(event) {
    event.preventDefault();
    clearResult();
    const request = readForm();
    const problems = localProblems(request);
    if (problems.length > 0) {
      const error = new Error('Some answers need a look.');
      error.problem = { detail: 'Some answers need a look.', errors: problems };
      showError(error);
      return;
    }
    const button = byId('submit-plan');
    button.disabled = true;
    byId('form-status').textContent = 'Building your plan…';
    try {
      const result = await (await postJson('/api/plans', request)).json();
      if (result.referral) {
        showReferral(result.referral);
      } else {
        await showPlan(result);
      }
      byId('form-status').textContent = '';
    } catch (error) {
      byId('form-status').textContent = '';
      showError(error);
    } finally {
      button.disabled = false;
    }
  }

  function showReferral(referral) {
    state.program = null;
    byId('plan-weeks').replaceChildren();
    byId('volume-chart').replaceChildren();
    byId('referral-message').textContent = referral.message;
    byId('referral').hidden = false;
    byId('referral-heading').focus();
  }

  async function showPlan(result) {
    const program = result.program;
    state.program = program;
    const weeks = [];
    program.phases.forEach(function (phase) {
      phase.weeks.forEach(function (week) {
        weeks.push({ phase: phase, week: week });
      });
    });
    const profile = program.builtFrom.profile;
    byId('plan-summary').textContent = weeks.length + ' weeks, ' + profile.daysPerWeek
      + ' sessions a week, starting ' + formatDate(program.builtFrom.options.startDate) + '.';
    byId('plan-emphasis').textContent = result.screening.weakGlutes.emphasis;
    const container = byId('plan-weeks');
    container.replaceChildren();
    weeks.forEach(function (entry) {
      container.appendChild(renderWeek(entry.phase, entry.week));
    });
    byId('plan').hidden = false;
    byId('plan-heading').focus();
    try {
      const statistics = await (await postJson('/api/plans/statistics', { program: program })).json();
      drawChart(statistics);
    } catch (error) {
      byId('volume-chart').replaceChildren(element('p', 'The chart could not be drawn: ' + error.message));
    }
  }

  function renderWeek(phase, week) {
    const section = element('section', null, 'week' + (week.deload ? ' deload' : ''));
    section.setAttribute('aria-label', 'Week ' + week.number);
    const title = 'Week ' + week.number + ': ' + (PHASE_NAMES[phase.kind] || phase.kind)
      + (week.deload ? ' (deload, lighter)' : '');
    section.appendChild(element('h3', title));
    section.appendChild(element('p', phase.aim, 'aim'));
    week.sessions.forEach(function (session) {
      section.appendChild(renderSession(session));
    });
    return section;
  }

  function renderSession(session) {
    const article = element('article', null, 'session');
    article.appendChild(element('h4', 'Session ' + session.index + ', ' + formatDate(session.date)
      + ', about ' + session.estimatedMinutes + ' min'));
    [['Warm-up', session.warmUp], ['Main', session.main], ['Cool-down', session.coolDown]]
      .forEach(function (part) {
        if (part[1].length === 0) {
          return;
        }
        article.appendChild(element('h5', part[0]));
        const list = element('ul', null, 'prescriptions');
        part[1].forEach(function (prescription) {
          const item = element('li');
          item.appendChild(element('span', state.exerciseNames[prescription.exerciseId] || prescription.exerciseId, 'exercise'));
          item.appendChild(document.createTextNode(': ' + formatDose(prescription.dose)));
          if (prescription.note) {
            item.appendChild(element('span', ' (' + prescription.note + ')', 'note'));
          }
          list.appendChild(item);
        });
        article.appendChild(list);
      });
    return article;
  }

  function range(target) {
    return target.min === target.max ? String(target.min) : target.min + '–' + target.max;
  }

  function formatLoad(load) {
    if (!load || load.kind === 'bodyweight') {
      return '';
    }
    if (load.kind === 'band') {
      return ', ' + (load.band ? load.band + ' ' : '') + 'band';
    }
    return ', ' + load.amount + ' ' + load.kind;
  }

  function formatDose(dose) {
    let text = dose.sets + ' × ';
    if (dose.repetitions) {
      text += range(dose.repetitions) + ' reps';
    } else if (dose.seconds) {
      text += range(dose.seconds) + ' s';
    }
    if (dose.perSide) {
      text += ' per side';
    }
    if (dose.pauseAtTopSeconds > 0) {
      text += ', hold ' + dose.pauseAtTopSeconds + ' s at the top';
    }
    text += formatLoad(dose.load);
    if (dose.repsInReserve !== undefined && dose.repsInReserve !== null) {
      text += ', stop ' + dose.repsInReserve + ' reps short of failure';
    }
    text += ', rest ' + dose.restSeconds + ' s';
    return text;
  }

  function drawChart(statistics) {
    const holder = byId('volume-chart');
    holder.replaceChildren();
    const weeks = statistics.weeks;
    // the glutes first, as the program's point; the other muscles after them
    const muscles = Object.keys(statistics.muscleNames).sort(function (a, b) {
      const glute = function (id) { return id.indexOf('gluteus-') === 0 ? 0 : 1; };
      return glute(a) - glute(b) || a.localeCompare(b);
    });
    const label = function (muscle) {
      const name = statistics.muscleNames[muscle];
      return name.charAt(0).toUpperCase() + name.slice(1);
    };
    if (weeks.length === 0 || muscles.length === 0) {
      holder.appendChild(element('p', 'No working sets to chart.'));
      return;
    }
    let top = 1;
    weeks.forEach(function (week) {
      muscles.forEach(function (muscle) {
        top = Math.max(top, week.setsPerMuscle[muscle] || 0);
      });
    });
    top = Math.ceil(top / 5) * 5;
    const width = 720;
    const height = 320;
    const left = 44;
    const right = 190;
    const topPad = 14;
    const bottom = 40;
    const plotWidth = width - left - right;
    const plotHeight = height - topPad - bottom;
    const step = weeks.length > 1 ? plotWidth / (weeks.length - 1) : 0;
    const x = function (i) { return left + (weeks.length > 1 ? i * step : plotWidth / 2); };
    const y = function (value) { return topPad + plotHeight - (value / top) * plotHeight; };

    const chart = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-labelledby': 'chart-title chart-desc',
      class: 'chart'
    });
    chart.appendChild(svg('title', { id: 'chart-title' }, 'Working sets per muscle by week'));
    chart.appendChild(svg('desc', { id: 'chart-desc' }, muscles.map(function (muscle) {
      return label(muscle) + ': ' + weeks.map(function (week) {
        return week.setsPerMuscle[muscle] || 0;
      }).join(', ');
    }).join('; ')));

    weeks.forEach(function (week, i) {
      if (week.deload) {
        const band = Math.max(step, 12);
        chart.appendChild(svg('rect', {
          x: x(i) - band / 2, y: topPad, width: band, height: plotHeight, fill: '#e8e8e8', class: 'deload-band'
        }));
      }
    });
    for (let value = 0; value <= top; value += top / 5) {
      chart.appendChild(svg('line', { x1: left, x2: left + plotWidth, y1: y(value), y2: y(value), stroke: '#cccccc', 'stroke-width': 1 }));
      chart.appendChild(svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#333333' }, String(value)));
    }
    weeks.forEach(function (week, i) {
      chart.appendChild(svg('text', { x: x(i), y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#333333' }, String(week.week)));
    });
    chart.appendChild(svg('text', { x: left + plotWidth / 2, y: height - 6, 'text-anchor': 'middle', 'font-size': 12, fill: '#333333' }, 'week'));

    muscles.forEach(function (muscle, m) {
      const colour = COLOURS[m % COLOURS.length];
      const points = weeks.map(function (week, i) {
        return x(i) + ',' + y(week.setsPerMuscle[muscle] || 0);
      }).join(' ');
      chart.appendChild(svg('polyline', {
        points: points, fill: 'none', stroke: colour, 'stroke-width': muscle.indexOf('gluteus-') === 0 ? 3.5 : 1.5,
        class: 'series', 'data-muscle': muscle
      }));
      weeks.forEach(function (week, i) {
        chart.appendChild(svg('circle', { cx: x(i), cy: y(week.setsPerMuscle[muscle] || 0), r: 3, fill: colour }));
      });
      const legendY = topPad + 8 + m * 18;
      chart.appendChild(svg('rect', { x: width - right + 14, y: legendY - 8, width: 12, height: 12, fill: colour }));
      chart.appendChild(svg('text', { x: width - right + 32, y: legendY + 2, 'font-size': 12, fill: '#222222' }, label(muscle)));
    });
    holder.appendChild(chart);
  }

  function fileStem() {
    return 'glutewise-plan-' + state.program.builtFrom.options.startDate;
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
    if (!state.program) {
      return;
    }
    try {
      const response = await postJson('/api/exports/' + kind, { program: state.program }, accept);
      save(await response.blob(), fileStem() + '.' + extension);
    } catch (error) {
      showError(error);
    }
  }

  function downloadJson() {
    if (!state.program) {
      return;
    }
    const blob = new Blob([JSON.stringify(state.program, null, 2)], { type: 'application/json' });
    save(blob, fileStem() + '.json');
  }

  async function start() {
    byId('start').value = nextMonday();
    byId('plan-form').addEventListener('submit', submit);
    byId('print-plan').addEventListener('click', function () { window.print(); });
    byId('download-ics').addEventListener('click', function () { download('ics', 'ics', 'text/calendar'); });
    byId('download-markdown').addEventListener('click', function () { download('markdown', 'md', 'text/markdown'); });
    byId('download-html').addEventListener('click', function () { download('html', 'html', 'text/html'); });
    byId('download-json').addEventListener('click', downloadJson);
    try {
      renderQuestions(await getJson('/api/guidance'));
      state.guidanceReady = true;
    } catch (error) {
      byId('red-flag-status').textContent = 'The safety questions could not be loaded, so planning is off. Reload the page to try again.';
    }
    try {
      const list = await getJson('/api/exercises');
      list.exercises.forEach(function (exercise) {
        state.exerciseNames[exercise.id] = exercise.name;
      });
      state.namesReady = true;
    } catch (error) {
      showError(error);
    }
    updateReady();
  }

  document.addEventListener('DOMContentLoaded', start);
}());
