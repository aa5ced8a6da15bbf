// Small helpers every part of the page shares: finding and making elements (text goes in through
// textContent only, never as markup) and reading and writing dates as the API writes them.
'use strict';

(function (GW) {
  const SVG_NS = 'http://www.w3.org/2000/svg';

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
    const node = document.createElementNS(SVG_NS, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== undefined && attributes[name] !== null) {
        node.setAttribute(name, String(attributes[name]));
      }
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function iso(day) {
    const month = String(day.getMonth() + 1).padStart(2, '0');
    const date = String(day.getDate()).padStart(2, '0');
    return day.getFullYear() + '-' + month + '-' + date;
  }

  // noon keeps a date on its day whatever the clock change
  function dayOf(isoDate) {
    const parts = isoDate.split('-').map(Number);
    return new Date(parts[0], parts[1] - 1, parts[2], 12);
  }

  function today() {
    return iso(new Date());
  }

  function nextMonday() {
    const day = new Date();
    day.setHours(12, 0, 0, 0);
    const offset = (8 - day.getDay()) % 7 || 7;
    day.setDate(day.getDate() + offset);
    return iso(day);
  }

  function daysBetween(fromIso, toIso) {
    return Math.round((dayOf(toIso) - dayOf(fromIso)) / 86400000);
  }

  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // 'Thu 3 Dec 2026', as core's DateWords writes a date (PageBrowserTest compares the two)
  function formatDate(isoDate) {
    const day = dayOf(isoDate);
    return DAYS[day.getDay()] + ' ' + day.getDate() + ' ' + MONTHS[day.getMonth()] + ' ' + day.getFullYear();
  }

  function plural(count, word, words) {
    return count + ' ' + (count === 1 ? word : words || word + 's');
  }

  GW.dom = {
    byId: byId, element: element, svg: svg, today: today, nextMonday: nextMonday,
    daysBetween: daysBetween, formatDate: formatDate, plural: plural
  };
}(window.GW = window.GW || {}));
