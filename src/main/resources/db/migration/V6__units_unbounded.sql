-- An outage's units are stored comma-joined, and a region-wide outage names
-- every unit that uses the service: 500 units with ids like
-- vardcentral-ostersund-norra-001 take about 10,000 characters, past the 4,000
-- of V1. varchar without a length is unbounded on PostgreSQL and the largest
-- character varying on H2 2.x (1,000,000,000 characters), the type the other
-- free-text columns already have; both columns keep their not null.

alter table outage alter column units set data type varchar;
alter table publication alter column units set data type varchar;
