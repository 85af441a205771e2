-- The days whose raw events the daily roll-up (DailyRollUp) has added to page_daily, feature_daily and
-- conversion_daily: one row per UTC day, nothing else. last_event_id is the newest raw event of the day the
-- aggregates include: statistics and statements read those events from the aggregates and only later ones (there
-- are none once a day is closed) from click_event, and the retention purge deletes only raw events a roll-up
-- included, so a purge can never lose statistics.
-- No back-fill: until now raw events were rolled up as they were deleted, so no day still in click_event is rolled up.
create table rolled_up_day (
    day           date primary key,
    last_event_id bigint not null,
    rolled_up_at  timestamp(6) with time zone not null
);
