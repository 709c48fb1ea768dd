package app.reconcile.io;

/** An HTTP error status in the editor's words, with the number kept for whoever needs to look it up. */
final class HttpStatus {
    private HttpStatus() {
    }

    static String describe(int status, String reason) {
        String code = "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason.strip());
        if (status == 404 || status == 410) {
            return "the page was not found (" + code + ")";
        }
        if (status == 401 || status == 403) {
            return "the site does not let Reconcile read this page (" + code + "); save it from the browser and "
                    + "add the file instead";
        }
        if (status == 429) {
            return "the site asks to slow down (" + code + "); try again later";
        }
        if (status >= 500) {
            return "the site had an error (" + code + "); try again later";
        }
        if (status >= 300 && status < 400) {
            return "the site redirects without saying where (" + code + ")";
        }
        return "the site refused the request (" + code + ")";
    }
}
