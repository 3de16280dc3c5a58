// Esc hides the details of the step in focus or under the pointer, until focus or the pointer leaves it (WCAG 1.4.13).
document.addEventListener('keydown', function (e) {
  if (e.key !== 'Escape') return;
  var steps = document.querySelectorAll('.fur-step:hover, .fur-step:focus-within');
  for (var i = 0; i < steps.length; i++) steps[i].classList.add('fur-dismissed');
});
document.addEventListener('focusout', function (e) {
  var step = e.target.closest && e.target.closest('.fur-step');
  if (step) step.classList.remove('fur-dismissed');
});
document.addEventListener('mouseout', function (e) {
  var step = e.target.closest && e.target.closest('.fur-step');
  if (step && !step.contains(e.relatedTarget)) step.classList.remove('fur-dismissed');
});
