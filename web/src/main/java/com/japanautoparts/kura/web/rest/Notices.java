package com.japanautoparts.kura.web.rest;

import com.japanautoparts.kura.web.client.ApiException;
import com.japanautoparts.kura.web.i18n.Msg;
import com.japanautoparts.kura.web.view.Page;

/**
 * After an action a page redirects (Post/Redirect/Get) with {@code ?done=<what>}: one of these names, never text from
 * the request, so nothing a link carries is ever shown as it is.
 */
final class Notices {

    private Notices() {
    }

    static Page.Notice done(String what, Msg msg) {
        if (what == null) {
            return null;
        }
        String text = switch (what) {
            case "saved" -> msg.done_saved();
            case "removed" -> msg.done_removed();
            case "granted" -> msg.done_granted();
            case "withdrawn" -> msg.done_withdrawn();
            case "filed" -> msg.done_filed();
            case "acknowledged" -> msg.done_acknowledged();
            case "opened" -> msg.done_opened();
            case "approved" -> msg.done_approved();
            case "rejected" -> msg.done_rejected();
            case "placed" -> msg.done_placed();
            case "released" -> msg.done_released();
            case "proposed" -> msg.done_proposed();
            default -> null;
        };
        return text == null ? null : Page.Notice.done(text);
    }

    /** A service refused an action: what to tell the person, with the service's own detail (English) below it. */
    static Page.Notice refusal(ApiException e, Msg msg) {
        String text = switch (e.status()) {
            case 409 -> msg.refused_conflict();
            case 403 -> msg.refused_forbidden();
            case 400, 422 -> msg.refused_invalid();
            default -> msg.refused_form();
        };
        return Page.Notice.refused(text, e.detail());
    }
}
