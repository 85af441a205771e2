// Progressive enhancement only: every page works without this file. A form with data-confirm asks once more before
// an action that cannot be undone (the form's required checkbox already asks without JavaScript).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form && form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// A select with data-window names a fieldset that only its options marked data-per-order use (the new-rule form's
// disclosure window): hidden while another option is chosen. Without this file the fieldset stays shown and the
// server ignores it for the other options.
function kuraToggleWindow(select) {
  var fieldset = document.getElementById(select.getAttribute('data-window'));
  var option = select.options[select.selectedIndex];
  if (fieldset) {
    fieldset.hidden = !(option && option.getAttribute('data-per-order'));
  }
}
document.addEventListener('change', function (event) {
  var select = event.target;
  if (select && select.getAttribute && select.getAttribute('data-window')) {
    kuraToggleWindow(select);
  }
});
document.addEventListener('DOMContentLoaded', function () {
  Array.prototype.forEach.call(document.querySelectorAll('select[data-window]'), kuraToggleWindow);
});
