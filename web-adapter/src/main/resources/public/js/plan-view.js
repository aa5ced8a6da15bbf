// The plan as people read it: each week with its phase, each session with its parts, and each
// prescription's dose in words.
'use strict';

(function (GW) {
  const dom = GW.dom;
  const PHASE_NAMES = {
    'activation': 'Activation',
    'strength-endurance': 'Strength-endurance',
    'strength': 'Strength',
    'consolidation': 'Consolidation'
  };

  // The same words as core's DoseWords, which the command line and the exports use:
  // PageBrowserTest checks that both write every dose of a plan alike.
  function range(target) {
    return target.min === target.max ? String(target.min) : target.min + '-' + target.max;
  }

  function formatLoad(load) {
    if (load.kind === 'band') {
      return load.band.replace(/-/g, ' ') + ' band';
    }
    return load.amount + ' ' + load.kind;
  }

  function formatDose(dose) {
    const parts = [];
    const amount = dose.sets + ' x ' + (dose.seconds ? range(dose.seconds) + ' s' : range(dose.repetitions) + ' reps');
    parts.push(dose.perSide ? amount + ' each side' : amount);
    if (dose.pauseAtTopSeconds > 0) {
      parts.push(dose.pauseAtTopSeconds + ' s hold each rep');
    }
    if (dose.load && dose.load.kind !== 'bodyweight') {
      parts.push(formatLoad(dose.load));
    }
    if (dose.restSeconds > 0) {
      parts.push('rest ' + dose.restSeconds + ' s');
    }
    if (dose.repsInReserve !== undefined && dose.repsInReserve !== null) {
      parts.push(dose.repsInReserve + ' reps in reserve');
    }
    return parts.join(', ');
  }

  function nameOf(names, id) {
    return names[id] || id;
  }

  function prescriptionList(prescriptions, names) {
    const list = dom.element('ul', null, 'prescriptions');
    prescriptions.forEach(function (prescription) {
      const item = dom.element('li');
      item.appendChild(dom.element('span', nameOf(names, prescription.exerciseId), 'exercise'));
      item.appendChild(document.createTextNode(': ' + formatDose(prescription.dose)));
      if (prescription.note) {
        item.appendChild(dom.element('span', ' (' + prescription.note + ')', 'note'));
      }
      list.appendChild(item);
    });
    return list;
  }

  function renderSession(session, names) {
    const article = dom.element('article', null, 'session');
    article.appendChild(dom.element('h4', 'Session ' + session.index + ', ' + dom.formatDate(session.date)
      + ', about ' + session.estimatedMinutes + ' min'));
    [['Warm-up', session.warmUp], ['Main', session.main], ['Cool-down', session.coolDown]]
      .forEach(function (part) {
        if (part[1].length === 0) {
          return;
        }
        article.appendChild(dom.element('h5', part[0]));
        article.appendChild(prescriptionList(part[1], names));
      });
    return article;
  }

  function renderWeek(phase, week, names) {
    const section = dom.element('section', null, 'week' + (week.deload ? ' deload' : ''));
    section.setAttribute('aria-label', 'Week ' + week.number);
    const title = 'Week ' + week.number + ': ' + (PHASE_NAMES[phase.kind] || phase.kind)
      + (week.deload ? ' (deload, lighter)' : '');
    section.appendChild(dom.element('h3', title));
    section.appendChild(dom.element('p', phase.aim, 'aim'));
    week.sessions.forEach(function (session) {
      section.appendChild(renderSession(session, names));
    });
    return section;
  }

  function weeksOf(program) {
    const weeks = [];
    program.phases.forEach(function (phase) {
      phase.weeks.forEach(function (week) {
        weeks.push({ phase: phase, week: week });
      });
    });
    return weeks;
  }

  function sessionsOf(program) {
    const sessions = [];
    weeksOf(program).forEach(function (entry) {
      entry.week.sessions.forEach(function (session) { sessions.push(session); });
    });
    return sessions;
  }

  function sessionId(session) {
    return 'w' + String(session.week).padStart(2, '0') + '-s' + session.index;
  }

  GW.planView = {
    formatDose: formatDose, prescriptionList: prescriptionList, renderWeek: renderWeek,
    weeksOf: weeksOf, sessionsOf: sessionsOf, sessionId: sessionId, nameOf: nameOf
  };
}(window.GW = window.GW || {}));
