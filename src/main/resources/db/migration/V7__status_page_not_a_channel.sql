-- The status page became a read model of the journal, rebuilt after every
-- commit and from the database on every node; it is no longer a delivery
-- channel. Rows written for it before stay in the log as history. One that was
-- not yet sent is marked sent: the page shows its publication anyway, and the
-- delivery job still waiting for it then ends without a channel to call.

update delivery
   set state = 'SENT',
       sent_at = coalesce(sent_at, updated_at),
       next_attempt_at = null
 where channel = 'STATUS_PAGE'
   and state <> 'SENT';
