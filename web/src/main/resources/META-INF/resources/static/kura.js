// Progressive enhancement only: every page works without this file. A form with data-confirm asks once more before
// an action that cannot be undone (the form's required checkbox already asks without JavaScript).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form && form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
