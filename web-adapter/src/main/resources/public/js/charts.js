// Charts drawn as inline SVG at the width they get, so that at 390 px the text stays as large as
// the page's own small print and nothing overflows: the legend moves under the plot when narrow.
// Each chart has a title and a description that spells out its figures for screen readers.
'use strict';

(function (GW) {
  const dom = GW.dom;
  const COLOURS = ['#1b5e8a', '#c2571a', '#2e7d32', '#7b3fa0', '#a61b4a', '#5d6d1e', '#00838f',
    '#8d6e00', '#455a64', '#ad1457', '#3949ab', '#6d4c41'];
  const PAIN_SERIES = [
    { key: 'before', label: 'before', colour: '#5b6570', dashes: '5 3' },
    { key: 'during', label: 'highest during', colour: '#b3261e', dashes: null },
    { key: 'morning', label: 'next morning', colour: '#1f5fa8', dashes: null }
  ];

  function widthFor(holder) {
    const available = holder.clientWidth || 720;
    return Math.round(Math.max(280, Math.min(720, available)));
  }

  function frame(width, height, title, description, id) {
    const chart = dom.svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
      'aria-labelledby': id + '-title ' + id + '-desc', class: 'chart'
    });
    chart.appendChild(dom.svg('title', { id: id + '-title' }, title));
    chart.appendChild(dom.svg('desc', { id: id + '-desc' }, description));
    return chart;
  }

  function text(chart, x, y, value, extra) {
    const attributes = { x: x, y: y, 'font-size': 12, fill: '#333333' };
    Object.keys(extra || {}).forEach(function (key) { attributes[key] = extra[key]; });
    chart.appendChild(dom.svg('text', attributes, value));
  }

  // legend entries in as many columns as fit; returns the height used
  function legend(chart, entries, left, top, width) {
    const column = width < 560 ? Math.floor(width / 2) - 8 : 170;
    const perRow = Math.max(1, Math.floor(width / column));
    entries.forEach(function (entry, i) {
      const x = left + (i % perRow) * column;
      const y = top + Math.floor(i / perRow) * 18;
      if (entry.dashes !== undefined) {
        chart.appendChild(dom.svg('line', { x1: x, x2: x + 18, y1: y - 4, y2: y - 4, stroke: entry.colour, 'stroke-width': 2.5, 'stroke-dasharray': entry.dashes }));
      } else {
        chart.appendChild(dom.svg('rect', { x: x, y: y - 10, width: 12, height: 12, fill: entry.colour }));
      }
      text(chart, x + 22, y, entry.label);
    });
    return Math.ceil(entries.length / perRow) * 18;
  }

  function yGrid(chart, left, plotWidth, y, top, steps) {
    for (let i = 0; i <= steps; i++) {
      const value = top * i / steps;
      chart.appendChild(dom.svg('line', { x1: left, x2: left + plotWidth, y1: y(value), y2: y(value), stroke: i === 0 ? '#666666' : '#d5d5d5', 'stroke-width': 1 }));
      text(chart, left - 6, y(value) + 4, String(Math.round(value * 10) / 10), { 'text-anchor': 'end' });
    }
  }

  function volume(holder, statistics) {
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
      holder.appendChild(dom.element('p', 'No working sets to chart.'));
      return;
    }
    let top = 1;
    weeks.forEach(function (week) {
      muscles.forEach(function (muscle) { top = Math.max(top, week.setsPerMuscle[muscle] || 0); });
    });
    top = Math.ceil(top / 5) * 5;
    const width = widthFor(holder);
    const left = 40;
    const right = 12;
    const plotTop = 22;
    const plotHeight = width < 560 ? 200 : 240;
    const plotWidth = width - left - right;
    const legendRows = Math.ceil(muscles.length / Math.max(1, Math.floor(width / (width < 560 ? Math.floor(width / 2) - 8 : 170))));
    const height = plotTop + plotHeight + 44 + legendRows * 18 + 6;
    const step = weeks.length > 1 ? plotWidth / (weeks.length - 1) : 0;
    const x = function (i) { return left + (weeks.length > 1 ? i * step : plotWidth / 2); };
    const y = function (value) { return plotTop + plotHeight - (value / top) * plotHeight; };
    const chart = frame(width, height, 'Working sets per muscle by week', muscles.map(function (muscle) {
      return label(muscle) + ': ' + weeks.map(function (week) { return week.setsPerMuscle[muscle] || 0; }).join(', ');
    }).join('; '), 'volume');

    weeks.forEach(function (week, i) {
      if (week.deload) {
        const band = Math.max(step, 12);
        chart.appendChild(dom.svg('rect', { x: x(i) - band / 2, y: plotTop, width: band, height: plotHeight, fill: '#e8e8e8', class: 'deload-band' }));
      }
    });
    yGrid(chart, left, plotWidth, y, top, 5);
    text(chart, left - 6, plotTop - 8, 'sets', { 'text-anchor': 'end' });
    const every = Math.max(1, Math.ceil(weeks.length / Math.floor(plotWidth / 26)));
    weeks.forEach(function (week, i) {
      if (i % every === 0) {
        text(chart, x(i), plotTop + plotHeight + 16, String(week.week), { 'text-anchor': 'middle' });
      }
    });
    text(chart, left + plotWidth / 2, plotTop + plotHeight + 34, 'week', { 'text-anchor': 'middle' });
    const entries = [];
    muscles.forEach(function (muscle, m) {
      const colour = COLOURS[m % COLOURS.length];
      chart.appendChild(dom.svg('polyline', {
        points: weeks.map(function (week, i) { return x(i) + ',' + y(week.setsPerMuscle[muscle] || 0); }).join(' '),
        fill: 'none', stroke: colour, 'stroke-width': muscle.indexOf('gluteus-') === 0 ? 3.5 : 1.5,
        class: 'series', 'data-muscle': muscle
      }));
      weeks.forEach(function (week, i) {
        chart.appendChild(dom.svg('circle', { cx: x(i), cy: y(week.setsPerMuscle[muscle] || 0), r: 2.5, fill: colour }));
      });
      entries.push({ colour: colour, label: label(muscle) });
    });
    legend(chart, entries, left, plotTop + plotHeight + 58, plotWidth);
    holder.appendChild(chart);
  }

  /** Pain before, during and the next morning of each session logged as done, in plan order. */
  function pain(holder, rows, gate) {
    holder.replaceChildren();
    if (rows.length === 0) {
      holder.appendChild(dom.element('p', 'Nothing logged yet: the chart starts with your first session.'));
      return;
    }
    const width = widthFor(holder);
    const left = 34;
    const right = 12;
    const plotTop = 22;
    const plotHeight = 180;
    const plotWidth = width - left - right;
    const height = plotTop + plotHeight + 44 + (width < 560 ? 2 : 1) * 18 + 24;
    const x = function (i) { return rows.length === 1 ? left + plotWidth / 2 : left + 10 + i * (plotWidth - 20) / (rows.length - 1); };
    const y = function (value) { return plotTop + plotHeight - value / 10 * plotHeight; };
    const described = rows.map(function (row) {
      return row.sessionId + ': before ' + (row.before === null ? 'not recorded' : row.before)
        + ', during ' + row.during + ', next morning ' + (row.morning === null ? 'not recorded' : row.morning);
    }).join('; ');
    const chart = frame(width, height, 'Back pain before, during and the morning after each session',
      'Pain from 0 to 10; your limit is ' + gate + '. ' + described + '.', 'pain');
    yGrid(chart, left, plotWidth, y, 10, 5);
    text(chart, left - 6, plotTop - 8, 'pain', { 'text-anchor': 'end' });
    chart.appendChild(dom.svg('line', { x1: left, x2: left + plotWidth, y1: y(gate), y2: y(gate), stroke: '#333333', 'stroke-width': 1.5, 'stroke-dasharray': '6 4', class: 'gate' }));
    const every = Math.max(1, Math.ceil(rows.length / Math.floor(plotWidth / 52)));
    rows.forEach(function (row, i) {
      if (i % every === 0) {
        text(chart, x(i), plotTop + plotHeight + 16, row.sessionId, { 'text-anchor': 'middle', 'font-size': 11 });
      }
    });
    text(chart, left + plotWidth / 2, plotTop + plotHeight + 34, 'sessions logged', { 'text-anchor': 'middle' });
    PAIN_SERIES.forEach(function (series) {
      const points = [];
      rows.forEach(function (row, i) {
        if (row[series.key] !== null) {
          points.push([x(i), y(row[series.key]), row]);
        }
      });
      if (points.length > 1) {
        chart.appendChild(dom.svg('polyline', { points: points.map(function (p) { return p[0] + ',' + p[1]; }).join(' '), fill: 'none', stroke: series.colour, 'stroke-width': 2, 'stroke-dasharray': series.dashes }));
      }
      points.forEach(function (p) {
        const dot = dom.svg('circle', { cx: p[0], cy: p[1], r: 4, fill: series.colour, class: 'pain-' + series.key });
        dot.appendChild(dom.svg('title', {}, p[2].sessionId + ', pain ' + series.label + ': ' + p[2][series.key] + '/10'));
        chart.appendChild(dot);
      });
    });
    const entries = PAIN_SERIES.map(function (series) { return { colour: series.colour, label: series.label, dashes: series.dashes }; });
    entries.push({ colour: '#333333', label: 'your limit (' + gate + ')', dashes: '6 4' });
    legend(chart, entries, left, plotTop + plotHeight + 58, plotWidth);
    holder.appendChild(chart);
  }

  GW.charts = { volume: volume, pain: pain };
}(window.GW = window.GW || {}));
