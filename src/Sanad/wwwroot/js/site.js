// Progressive enhancement only: every form works without this file.
// The language picker submits itself when changed, so its button can be hidden.
document.querySelectorAll("form[data-auto-submit]").forEach(function (form) {
    form.querySelectorAll("[data-hide-when-scripted]").forEach(function (b) { b.hidden = true; });
    form.querySelectorAll("select").forEach(function (s) {
        s.addEventListener("change", function () { form.submit(); });
    });
});
// Buttons that change or remove something ask first.
document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (e) {
        if (!window.confirm(el.getAttribute("data-confirm"))) { e.preventDefault(); }
    });
});
