// Turns what a person typed into a session log's entries, as the session-log schema has them:
// sets as performed (the bottom of the range for "done as prescribed", as the CLI's Enter), a
// load, pain 0 to 10. Every answer that does not read gives one message naming the exercise.
'use strict';

(function (GW) {
  function isTimed(dose) {
    return !dose.repetitions && !!dose.seconds;
  }

  function parseLoad(text, name) {
    const t = text.trim().toLowerCase();
    if (t === '') {
      return null;
    }
    let m = /^(\d+(?:[.,]\d+)?)\s*(kg|lb)$/.exec(t);
    if (m) {
      const amount = Number(m[1].replace(',', '.'));
      if (amount > 0 && amount <= (m[2] === 'kg' ? 500 : 1100)) {
        return { kind: m[2], amount: amount };
      }
    }
    m = /^band\s*[:\s]?\s*(light|medium|heavy|extra-heavy)$|^(light|medium|heavy|extra-heavy)\s+band$/.exec(t);
    if (m) {
      return { kind: 'band', band: m[1] || m[2] };
    }
    if (t === 'bodyweight' || t === 'body weight') {
      return { kind: 'bodyweight' };
    }
    throw new Error(name + ': the load "' + text.trim() + '" is not one glutewise reads; write a weight such as 5 kg or 10 lb, a band such as band light, or bodyweight.');
  }

  function pain(typed, what) {
    const text = typed.trim();
    if (text === '') {
      return null;
    }
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > 10) {
      throw new Error(what + ': pain is a whole number from 0 to 10, not "' + text + '".');
    }
    return value;
  }

  function parseCounts(text, sets, name, timed) {
    const parts = text.split(/[\s,;]+/).filter(Boolean);
    const counts = parts.map(Number);
    const limit = timed ? 7200 : 1000;
    if (counts.length === 0 || counts.some(function (n) { return !Number.isInteger(n) || n < 0 || n > limit; })) {
      throw new Error(name + ': write the ' + (timed ? 'seconds' : 'reps') + ' of each set as whole numbers, such as 12,12,10, not "' + text.trim() + '".');
    }
    if (counts.length > 20) {
      throw new Error(name + ': at most 20 sets can be logged.');
    }
    return counts.length === 1 && sets > 1 ? Array(sets).fill(counts[0]) : counts;
  }

  /**
   * One exercise of the log from what was answered for it: {reps, load, pain} as typed and the
   * {asPrescribed, hurting} ticks. Typed reps count instead of the tick. Returns null for an
   * exercise left out, an entry marked skipped for one left out because it hurt; throws an Error
   * naming the exercise for an answer that does not read.
   */
  function exercise(prescription, name, answers) {
    const dose = prescription.dose;
    const timed = isTimed(dose);
    const repsText = answers.reps;
    const ticked = answers.asPrescribed;
    const hurting = answers.hurting;
    const painDuring = pain(answers.pain, name);
    const load = parseLoad(answers.load, name) || dose.load || null;
    let counts;
    if (repsText.trim() !== '') {
      counts = parseCounts(repsText, dose.sets, name, timed);
    } else if (ticked) {
      const bottom = timed ? dose.seconds.min : dose.repetitions.min;
      counts = Array(dose.sets).fill(bottom);
    } else if (hurting) {
      // left out because it hurt: logged with no sets, so the planner can offer another
      return { exerciseId: prescription.exerciseId, sets: [], painDuring: painDuring === null ? 0 : painDuring, hurting: true, skipped: true };
    } else {
      if (painDuring !== null || answers.load.trim() !== '') {
        throw new Error(name + ': tick "Done as prescribed" or enter the reps you did, or clear its other answers to leave it out.');
      }
      return null;
    }
    const entry = {
      exerciseId: prescription.exerciseId,
      sets: counts.map(function (n) {
        const performed = timed ? { seconds: n } : { repetitions: n };
        if (load) {
          performed.load = load;
        }
        return performed;
      }),
      painDuring: painDuring === null ? 0 : painDuring
    };
    if (hurting) {
      entry.hurting = true;
    }
    return entry;
  }

  GW.logEntry = { isTimed: isTimed, pain: pain, exercise: exercise };
}(window.GW = window.GW || {}));
