-- Three outages as the status page shows them during a busy day: one ongoing
-- with several updates, one planned, one resolved today. Inserted straight into
-- the journal's tables; the periodic refresh picks them up.
insert into outage (reference, title, services, units, planned, login_affected, state, starts_at, expected_end,
  next_update_at, public_text, created_at, updated_at)
values ('DS-2026-9001', 'Personalverktyget går inte att nå', 'personalverktyget,stod-och-behandling',
  'hc-ostersund,hc-krokom,psyk-ostersund', false, false, 'ONGOING', current_timestamp - interval '2' hour,
  current_timestamp + interval '3' hour, current_timestamp + interval '1' hour,
  'Inera arbetar med felet. Ring patienter som väntar på svar i brådskande ärenden.', current_timestamp, current_timestamp);
insert into outage (reference, title, services, units, planned, login_affected, state, starts_at, expected_end,
  public_text, created_at, updated_at)
values ('DS-2026-9002', 'Servicefönster 1177 Journalen', 'journalen', 'hc-ostersund,hc-krokom', true, false,
  'PLANNED', current_timestamp + interval '2' day, current_timestamp + interval '50' hour,
  'Inera uppgraderar Journalen. Under tiden går det inte att läsa journalen.', current_timestamp, current_timestamp);
insert into outage (reference, title, services, units, planned, login_affected, state, starts_at, expected_end,
  resolved_at, public_text, created_at, updated_at)
values ('DS-2026-9003', 'Egen provhantering stod still', 'egen-provhantering', 'hc-krokom', false, false,
  'RESOLVED', current_timestamp - interval '6' hour, current_timestamp - interval '3' hour,
  current_timestamp - interval '3' hour, 'Beställningar fastnade.', current_timestamp, current_timestamp);
insert into outage_entry (outage_id, occurred_at, type, visibility, actor, text)
select id, current_timestamp - interval '110' minute, 'ASSESSMENT', 'PUBLIC', 'forvaltare',
  'Personalverktyget svarar inte. Inera har bekräftat felet och felsöker. Följ den lokala reservrutinen: '
  || 'ring patienter som väntar på svar i brådskande ärenden, skicka brev när det inte är brådskande.'
from outage where reference = 'DS-2026-9001';
insert into outage_entry (outage_id, occurred_at, type, visibility, actor, text)
select id, current_timestamp - interval '50' minute, 'STATUS_UPDATE', 'PUBLIC', 'forvaltare',
  'Inera har hittat orsaken: en databasuppgradering som misslyckades. Ny prognos om en timme.'
from outage where reference = 'DS-2026-9001';
insert into outage_entry (outage_id, occurred_at, type, visibility, actor, text)
select id, current_timestamp - interval '10' minute, 'STATUS_UPDATE', 'PUBLIC', 'forvaltare',
  'Återställningen pågår. Prognos: tjänsten åter i drift inom tre timmar.'
from outage where reference = 'DS-2026-9001';
insert into outage_entry (outage_id, occurred_at, type, visibility, actor, text)
select id, current_timestamp, 'ASSESSMENT', 'PUBLIC', 'forvaltare', public_text
from outage where reference in ('DS-2026-9002', 'DS-2026-9003');
