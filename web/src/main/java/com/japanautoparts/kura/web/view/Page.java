package com.japanautoparts.kura.web.view;

import java.util.List;

/**
 * What every page's frame shows: its language and title, who is signed in, the navigation for their roles, the
 * current path (the language switch returns there) and a notice after an action (success or refusal).
 */
public record Page(String lang, String title, String path, boolean signedIn, String userName, String area,
        List<NavItem> nav, Notice notice) {

    public record NavItem(String href, String label, boolean current) {
    }

    /** A line at the top of the page after an action; {@code error} ones are announced at once (role alert). */
    public record Notice(boolean error, String text, String detail) {

        public static Notice done(String text) {
            return new Notice(false, text, null);
        }

        public static Notice refused(String text, String detail) {
            return new Notice(true, text, detail);
        }
    }

    /** This frame with {@code notice} instead of the one from {@code ?done=}; null keeps that one. */
    public Page withNotice(Notice notice) {
        return notice == null ? this : new Page(lang, title, path, signedIn, userName, area, nav, notice);
    }
}
