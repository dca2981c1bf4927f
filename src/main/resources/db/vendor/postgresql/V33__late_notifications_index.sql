-- A supervisor's priority list counts each offender's late notifications of the past year (issue 9). Through the
-- index of all notifications it read the whole year's notifications to find the few late ones: 0.39 s of the
-- 0.48 s its query took for the Metropolitan Police's 9,289 offenders in a 70,000 register (JIT off). Partial, so
-- it holds only the late ones (227 of 876,000 there) and an on-time notification costs it nothing.
create index if not exists notification_late on notification (offender_id, received_at) where late;
