/*
 * Reservrutin 1177: Escape in a Camunda Form never loses what was typed.
 * Tasklist shows a start form in a dialog that Escape closes, with everything
 * typed in it, and Escape in a form-js date picker reached that dialog too.
 * Here Escape inside a form, or while a date picker is open, closes only the
 * open date picker; the form stays with its contents ("Avbryt" still closes
 * the dialog). Loaded through customScripts in config.js.
 */

function openPickers() {
  return Array.from(document.querySelectorAll('input'))
    .map((input) => input._flatpickr)
    .filter((picker) => picker && picker.isOpen);
}

window.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  const target = event.target instanceof Element ? event.target : null;
  const pickers = openPickers();
  const inForm = target && target.closest('.fjs-container, .fjs-form, .flatpickr-calendar');
  if (!inForm && pickers.length === 0) {
    return;
  }
  // Captured on window, so neither the dialog nor Tasklist's shortcuts see it.
  event.stopPropagation();
  event.preventDefault();
  pickers.forEach((picker) => picker.close());
}, true);

export default [];
