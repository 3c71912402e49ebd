-- Routine notices (reminders, escalations, deficiency decisions, new routine
-- versions) go through the delivery outbox like publications: each notice row
-- (one per recipient) gets one delivery row, written in the transaction of the
-- process step, and is sent by its own retried job. The delivery row holds the
-- state, so routine_notice keeps only what was said to whom.

alter table delivery alter column publication_id drop not null;
alter table delivery add column routine_notice_id bigint references routine_notice (id);
alter table delivery add constraint delivery_routine_notice_uq unique (routine_notice_id);

-- Notices from before the outbox: their outcome moves to the delivery log.
insert into delivery (routine_notice_id, channel, target, state, attempts, created_at, updated_at, sent_at)
select id, 'EMAIL', recipient, status, case when status = 'SENT' then 1 else 0 end, created_at, created_at,
       case when status = 'SENT' then created_at end
from routine_notice;

alter table delivery add constraint delivery_publication_or_notice
    check ((publication_id is null and routine_notice_id is not null)
        or (publication_id is not null and routine_notice_id is null));

alter table routine_notice drop column status;
