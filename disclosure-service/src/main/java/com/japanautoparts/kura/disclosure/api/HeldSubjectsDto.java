package com.japanautoparts.kura.disclosure.api;

import java.util.List;

/** Every subject under a hold in force now: a purge run fetches this once and skips them. */
public record HeldSubjectsDto(List<String> heldSubjects) {
}
