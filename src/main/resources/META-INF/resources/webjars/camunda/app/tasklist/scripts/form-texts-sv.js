/*
 * Reservrutin 1177: Swedish for the texts that the Camunda Forms (form-js)
 * inside Tasklist write themselves. form-js has no translations: whatever
 * locale Tasklist runs in, its validation messages and its date picker are
 * English, with Sunday as the first day of the week. Loaded through
 * customScripts in config.js.
 */

const MESSAGES = [
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Skriv minst ${n} tecken.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Skriv högst ${n} tecken.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Värdet får inte vara mindre än ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Värdet får inte vara större än ${n}.`],
  [/^Field must match pattern (.+)\.$/, (pattern) => `Värdet måste följa mönstret ${pattern}.`],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Date and time must both be entered\.$/, () => 'Ange både datum och tid.'],
];

const FLATPICKR_SV = {
  firstDayOfWeek: 1,
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
      'oktober', 'november', 'december'],
  },
  rangeSeparator: ' till ',
  weekAbbreviation: 'v',
  scrollTitle: 'Scrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true,
  ordinal: () => '.',
};

function translate(textNode) {
  const text = textNode.data.trim();
  for (const [english, swedish] of MESSAGES) {
    const match = english.exec(text);
    if (match) {
      textNode.data = swedish(...match.slice(1));
      return;
    }
  }
}

function translateWithin(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    if (node.parentElement && node.parentElement.closest('.fjs-form-field-error')) {
      translate(node);
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const errors = node.matches('.fjs-form-field-error') ? [node] : node.querySelectorAll('.fjs-form-field-error');
  errors.forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      translate(walker.currentNode);
    }
  });
}

/** form-js creates its flatpickr calendars itself (and anew on re-render); localize one as it opens. */
function localizeCalendar(calendar) {
  const picker = Array.from(document.querySelectorAll('input'))
    .map((input) => input._flatpickr)
    .find((candidate) => candidate && candidate.calendarContainer === calendar);
  if (picker && picker.l10n.firstDayOfWeek !== 1) {
    picker.set('locale', FLATPICKR_SV);
    picker.redraw();
  }
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'attributes') {
      if (mutation.target.classList.contains('flatpickr-calendar') && mutation.target.classList.contains('open')) {
        localizeCalendar(mutation.target);
      }
      return;
    }
    if (mutation.type === 'characterData') {
      translateWithin(mutation.target);
    }
    mutation.addedNodes.forEach(translateWithin);
  });
}).observe(document.body, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'],
});

export default [];
