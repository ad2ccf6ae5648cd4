// Says in words how fresh the page is: connected to the change stream, reconnecting, or just updated.
// htmx and its SSE extension do the updating; this only keeps the status line (role="status") honest.
(function () {
    function note(text) {
        var status = document.getElementById('live-note');
        if (status) {
            status.textContent = text;
        }
    }
    function now() {
        return new Date().toISOString().substring(11, 19) + ' UTC';
    }
    document.addEventListener('htmx:sseOpen', function () {
        note('Live: connected; changes appear here as they are recorded.');
    });
    document.addEventListener('htmx:sseError', function () {
        note('Live: connection lost, reconnecting… (the page shows what it had)');
    });
    document.addEventListener('htmx:afterSwap', function (event) {
        if (event.target && event.target.id === 'live' || event.detail && event.detail.target && event.detail.target.id === 'live') {
            var mode = document.getElementById('live-note');
            var polled = mode && mode.getAttribute('data-mode') === 'polled';
            note((polled ? 'Checked for changes at ' : 'Live: updated at ') + now() + '.');
        }
    });
})();
